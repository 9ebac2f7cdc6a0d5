// A Brainfuck interpreter with bracket precomputation
function compile(src) {
  const code = src.replace(/[^+\-<>.,\[\]]/g, "");
  const jumps = {};
  const stack = [];
  for (let i = 0; i < code.length; i++) {
    if (code[i] === "[") stack.push(i);
    else if (code[i] === "]") {
      if (stack.length === 0) throw new SyntaxError("unmatched ] at " + i);
      const j = stack.pop();
      jumps[i] = j;
      jumps[j] = i;
    }
  }
  if (stack.length) throw new SyntaxError("unmatched [ at " + stack[0]);
  return { code: code, jumps: jumps };
}

function run(src, input) {
  const prog = compile(src);
  const tape = Array(300).fill(0);
  let ptr = 0, ip = 0, inPos = 0, steps = 0;
  let out = "";
  const code = prog.code;
  while (ip < code.length) {
    steps++;
    switch (code[ip]) {
      case "+": tape[ptr] = (tape[ptr] + 1) & 255; break;
      case "-": tape[ptr] = (tape[ptr] + 255) & 255; break;
      case ">": ptr++; break;
      case "<": ptr--; break;
      case ".": out += String.fromCharCode(tape[ptr]); break;
      case ",": tape[ptr] = inPos < input.length ? input.charCodeAt(inPos++) : 0; break;
      case "[": if (tape[ptr] === 0) ip = prog.jumps[ip]; break;
      case "]": if (tape[ptr] !== 0) ip = prog.jumps[ip]; break;
    }
    ip++;
  }
  return { out: out, steps: steps };
}

const hello = "++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+.";
const r1 = run(hello, "");
console.log(JSON.stringify(r1.out), "steps:", r1.steps);

const reverse = ">,[>,]<[.<]";
console.log(run(reverse, "stressed").out);

const upper = ",[>++++[<-------->-]<.,]";
console.log(run(upper, "kiln").out);

// add two digits: reads two ASCII digits and prints their sum digit
const adder = ",>,[<+>-]<------------------------------------------------.";
console.log(run(adder, "34").out);

["[[]", "]["].forEach(function (bad) {
  try {
    run(bad, "");
  } catch (e) {
    console.log(e.name + ": " + e.message);
  }
});
