// Assembly-like register machine interpreter (mov/add/jnz/call/ret)
function run(source, maxSteps) {
  const program = source.trim().split("\n").map(function (line) {
    const clean = line.split(";")[0].trim();
    const parts = clean.split(/[\s,]+/);
    return { op: parts[0], args: parts.slice(1), text: clean };
  }).filter(function (i) { return i.op; });
  const labels = {};
  const code = [];
  program.forEach(function (ins) {
    if (ins.op.endsWith(":")) labels[ins.op.slice(0, -1)] = code.length;
    else code.push(ins);
  });
  const reg = { a: 0, b: 0, c: 0, d: 0 };
  const callStack = [];
  const output = [];
  let pc = 0, steps = 0;
  function val(x) { return x in reg ? reg[x] : parseInt(x, 10); }
  while (pc < code.length) {
    if (++steps > maxSteps) throw new Error("too many steps at pc=" + pc);
    const ins = code[pc];
    const x = ins.args[0], y = ins.args[1];
    switch (ins.op) {
      case "mov": reg[x] = val(y); break;
      case "add": reg[x] += val(y); break;
      case "sub": reg[x] -= val(y); break;
      case "mul": reg[x] *= val(y); break;
      case "mod": reg[x] %= val(y); break;
      case "inc": reg[x]++; break;
      case "dec": reg[x]--; break;
      case "jnz": if (val(x) !== 0) { pc = y in labels ? labels[y] : pc + val(y); continue; } break;
      case "jmp": pc = labels[x]; continue;
      case "call": callStack.push(pc + 1); pc = labels[x]; continue;
      case "ret": if (!callStack.length) return { output: output, reg: reg, steps: steps }; pc = callStack.pop(); continue;
      case "out": output.push(val(x)); break;
      case "halt": return { output: output, reg: reg, steps: steps };
      default: throw new SyntaxError("unknown instruction '" + ins.text + "'");
    }
    pc++;
  }
  return { output: output, reg: reg, steps: steps };
}

const fibProg = `
  mov a, 0
  mov b, 1
  mov c, 12      ; count
loop:
  out a
  mov d, a
  add d, b
  mov a, b
  mov b, d
  dec c
  jnz c, loop
  halt
`;
let r = run(fibProg, 10000);
console.log("fib:", r.output.join(" "), "steps:", r.steps);

const squaresProg = `
  mov c, 1
next:
  mov a, c
  call square
  out b
  inc c
  mov d, c
  sub d, 8
  jnz d, next
  halt
square:
  mov b, a
  mul b, a
  ret
`;
r = run(squaresProg, 10000);
console.log("squares:", r.output.join(" "), JSON.stringify(r.reg));

const relJump = "mov a, 5\nmov b, 0\nadd b, a\ndec a\njnz a, -2\nout b";
console.log("sum 1..5:", run(relJump, 100).output);
try {
  run("loop:\njmp loop", 50);
} catch (e) {
  console.log(e.message);
}
try {
  run("mov a, 1\nfly a", 50);
} catch (e) {
  console.log(e.name + ": " + e.message);
}
