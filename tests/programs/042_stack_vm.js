// A bytecode stack virtual machine with an assembler and labels
function assemble(src) {
  const lines = src.split("\n").map(function (l) { return l.replace(/;.*$/, "").trim(); }).filter(function (l) { return l; });
  const labels = {};
  const instrs = [];
  lines.forEach(function (l) {
    if (l.endsWith(":")) labels[l.slice(0, -1)] = instrs.length;
    else {
      const parts = l.split(/\s+/);
      instrs.push({ op: parts[0], arg: parts[1] });
    }
  });
  return instrs.map(function (ins) {
    let arg = ins.arg;
    if (arg !== undefined) arg = arg in labels ? labels[arg] : parseInt(arg, 10);
    return { op: ins.op, arg: arg };
  });
}

function execute(prog) {
  const stack = [], vars = [], out = [];
  let pc = 0, count = 0;
  while (pc < prog.length) {
    const ins = prog[pc++];
    count++;
    if (count > 100000) throw new Error("step limit");
    switch (ins.op) {
      case "push": stack.push(ins.arg); break;
      case "load": stack.push(vars[ins.arg] || 0); break;
      case "store": vars[ins.arg] = stack.pop(); break;
      case "add": stack.push(stack.pop() + stack.pop()); break;
      case "mul": stack.push(stack.pop() * stack.pop()); break;
      case "sub": { const b = stack.pop(); stack.push(stack.pop() - b); break; }
      case "mod": { const b = stack.pop(); stack.push(stack.pop() % b); break; }
      case "lt": { const b = stack.pop(); stack.push(stack.pop() < b ? 1 : 0); break; }
      case "eq": stack.push(stack.pop() === stack.pop() ? 1 : 0); break;
      case "jmp": pc = ins.arg; break;
      case "jz": if (stack.pop() === 0) pc = ins.arg; break;
      case "print": out.push(stack.pop()); break;
      case "halt": pc = prog.length; break;
      default: throw new Error("bad opcode " + ins.op);
    }
  }
  return { out: out, steps: count };
}

const factorialProgram = `
  push 1
  store 0        ; acc = 1
  push 1
  store 1        ; i = 1
loop:
  load 1
  push 11
  lt
  jz done
  load 0
  load 1
  mul
  store 0
  load 0
  print
  load 1
  push 1
  add
  store 1
  jmp loop
done:
  halt
`;
const r = execute(assemble(factorialProgram));
console.log(r.out.join(" "));
console.log("steps:", r.steps);

const gcdProgram = `
  push 1071
  store 0
  push 462
  store 1
top:
  load 1
  push 0
  eq
  jz body
  load 0
  print
  halt
body:
  load 0
  load 1
  mod
  load 1
  store 0
  store 1
  jmp top
`;
console.log("gcd:", execute(assemble(gcdProgram)).out[0]);
try {
  execute(assemble("push 1\nfrob\n"));
} catch (e) {
  console.log("error:", e.message);
}
try {
  execute(assemble("l:\njmp l"));
} catch (e) {
  console.log("error:", e.message);
}
