// let/const semantics: per-iteration bindings, closures in loops, const objects, shadowing
const callbacks = [];
for (let i = 0; i < 5; i++) {
  callbacks.push(() => i);
  i++;
}
console.log("let with in-body increment:", callbacks.map((f) => f()).join(","));

const late = [];
for (let i = 0; i < 3; i++) {
  late.push(function () { return i; });
}
late.push(function () { return "after loop"; });
console.log(late.map((f) => f()).join(" "));

const mutateCapture = [];
for (let i = 0; i < 3; i++) {
  mutateCapture.push(() => i);
  if (i === 1) {
    const bump = () => { i += 10; };
    bump();
  }
}
console.log("closure mutation affects own iteration only:", mutateCapture.map((f) => f()).join(","));

const forInFns = [];
const obj = { a: 1, b: 2, c: 3 };
for (const key in obj) forInFns.push(() => key + "=" + obj[key]);
console.log(forInFns.map((f) => f()).join(" "));

const varFns = [];
for (var v = 0; v < 3; v++) varFns.push(() => v);
console.log("var shares one binding:", varFns.map((f) => f()).join(","));

const iifeFns = [];
for (var w = 0; w < 3; w++) {
  (function (captured) { iifeFns.push(() => captured); })(w);
}
console.log("IIFE captures copies:", iifeFns.map((f) => f()).join(","));

const config = { retries: 3 };
config.retries = 5;
config.extra = true;
console.log("const object is mutable:", JSON.stringify(config));
try {
  reassignConst();
} catch (e) {
  console.log("assigning to const throws", e.name);
}
function reassignConst() {
  const fixed = 1;
  fixed = 2;
  return fixed;
}

let shadow = "outer";
{
  let shadow = "inner";
  {
    let shadow = "innermost";
    console.log(shadow);
  }
  console.log(shadow);
}
console.log(shadow);

let whileFns = [];
let n = 0;
while (n < 3) {
  const snapshot = n;
  whileFns.push(() => snapshot * 100);
  n++;
}
console.log("block const inside while:", whileFns.map((f) => f()).join(","));

const grid = [];
for (let r = 0; r < 3; r++) {
  for (let c = 0; c < 3; c++) {
    grid.push(() => `${r}${c}`);
  }
}
console.log(grid.map((f) => f()).join(" "));

switch (2) {
  case 1: {
    const msg = "one";
    console.log(msg);
    break;
  }
  case 2: {
    const msg = "two";
    console.log("switch case block:", msg);
    break;
  }
}
