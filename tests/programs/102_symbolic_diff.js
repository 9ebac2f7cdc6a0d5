// Symbolic differentiation and simplification of expression trees
function num(v) { return { t: "num", v: v }; }
function vr(n) { return { t: "var", n: n }; }
function bin(op, a, b) { return { t: "bin", op: op, a: a, b: b }; }
function fn(name, arg) { return { t: "fn", name: name, arg: arg }; }

function show(e) {
  switch (e.t) {
    case "num": return String(e.v);
    case "var": return e.n;
    case "fn": return e.name + "(" + show(e.arg) + ")";
    case "bin": return "(" + show(e.a) + " " + e.op + " " + show(e.b) + ")";
  }
}

function simplify(e) {
  if (e.t === "fn") return fn(e.name, simplify(e.arg));
  if (e.t !== "bin") return e;
  const a = simplify(e.a), b = simplify(e.b);
  const isN = function (x, v) { return x.t === "num" && (v === undefined || x.v === v); };
  if (isN(a) && isN(b)) {
    if (e.op === "+") return num(a.v + b.v);
    if (e.op === "-") return num(a.v - b.v);
    if (e.op === "*") return num(a.v * b.v);
    if (e.op === "^") return num(Math.pow(a.v, b.v));
  }
  if (e.op === "+") { if (isN(a, 0)) return b; if (isN(b, 0)) return a; }
  if (e.op === "-" && isN(b, 0)) return a;
  if (e.op === "*") {
    if (isN(a, 0) || isN(b, 0)) return num(0);
    if (isN(a, 1)) return b;
    if (isN(b, 1)) return a;
  }
  if (e.op === "^") { if (isN(b, 1)) return a; if (isN(b, 0)) return num(1); }
  return bin(e.op, a, b);
}

function d(e, x) {
  switch (e.t) {
    case "num": return num(0);
    case "var": return num(e.n === x ? 1 : 0);
    case "fn":
      if (e.name === "sin") return bin("*", fn("cos", e.arg), d(e.arg, x));
      if (e.name === "cos") return bin("*", bin("*", num(-1), fn("sin", e.arg)), d(e.arg, x));
      if (e.name === "ln") return bin("/", d(e.arg, x), e.arg);
      if (e.name === "exp") return bin("*", e, d(e.arg, x));
      throw new Error("unknown function " + e.name);
    case "bin":
      if (e.op === "+" || e.op === "-") return bin(e.op, d(e.a, x), d(e.b, x));
      if (e.op === "*") return bin("+", bin("*", d(e.a, x), e.b), bin("*", e.a, d(e.b, x)));
      if (e.op === "/") return bin("/", bin("-", bin("*", d(e.a, x), e.b), bin("*", e.a, d(e.b, x))), bin("^", e.b, num(2)));
      if (e.op === "^" && e.b.t === "num") return bin("*", bin("*", num(e.b.v), bin("^", e.a, num(e.b.v - 1))), d(e.a, x));
      throw new Error("unsupported power");
  }
}

// series-based elementary functions, so evaluation needs only + - * /
function expS(x) {
  let term = 1, sum = 1;
  for (let n = 1; n < 40; n++) { term *= x / n; sum += term; }
  return sum;
}
function lnS(x) {
  const y = (x - 1) / (x + 1);
  let term = y, sum = 0;
  for (let n = 1; n < 200; n += 2) { sum += term / n; term *= y * y; }
  return 2 * sum;
}
function sinS(x) {
  const twoPi = 2 * Math.PI;
  x = x - twoPi * Math.floor(x / twoPi + 0.5);
  let term = x, sum = x;
  for (let n = 1; n < 20; n++) { term *= -x * x / ((2 * n) * (2 * n + 1)); sum += term; }
  return sum;
}
function cosS(x) { return sinS(x + Math.PI / 2); }

function evaluate(e, env) {
  switch (e.t) {
    case "num": return e.v;
    case "var": return env[e.n];
    case "fn": return { sin: sinS, cos: cosS, ln: lnS, exp: expS }[e.name](evaluate(e.arg, env));
    case "bin": {
      const a = evaluate(e.a, env), b = evaluate(e.b, env);
      return e.op === "+" ? a + b : e.op === "-" ? a - b : e.op === "*" ? a * b : e.op === "/" ? a / b : Math.pow(a, b);
    }
  }
}

const x = vr("x");
const exprs = [
  bin("^", x, num(3)),
  bin("+", bin("*", num(3), bin("^", x, num(2))), bin("*", num(2), x)),
  fn("sin", bin("*", num(2), x)),
  bin("*", x, fn("ln", x)),
  bin("/", num(1), x),
  fn("exp", bin("^", x, num(2))),
  bin("*", vr("y"), x),
];
exprs.forEach(function (e) {
  const de = simplify(d(e, "x"));
  const val = evaluate(de, { x: 2, y: 5 });
  console.log("d/dx " + show(e) + " = " + show(de) + "   at x=2: " + val.toFixed(4));
});
