// A small Lisp interpreter: reader, environments, lambdas, recursion
function tokenize(s) {
  return s.replace(/\(/g, " ( ").replace(/\)/g, " ) ").trim().split(/\s+/);
}

function read(tokens) {
  if (tokens.length === 0) throw new SyntaxError("unexpected EOF");
  const tok = tokens.shift();
  if (tok === "(") {
    const list = [];
    while (tokens[0] !== ")") {
      if (tokens.length === 0) throw new SyntaxError("missing )");
      list.push(read(tokens));
    }
    tokens.shift();
    return list;
  }
  if (tok === ")") throw new SyntaxError("unexpected )");
  const n = +tok;
  return isNaN(n) ? tok : n;
}

function Env(vars, outer) {
  this.vars = vars;
  this.outer = outer;
}
Env.prototype.find = function (name) {
  if (name in this.vars) return this;
  if (this.outer) return this.outer.find(name);
  throw new ReferenceError("unbound symbol: " + name);
};

const globalEnv = new Env({
  "+": function (a, b) { return a + b; },
  "-": function (a, b) { return a - b; },
  "*": function (a, b) { return a * b; },
  "/": function (a, b) { return a / b; },
  "<": function (a, b) { return a < b; },
  "=": function (a, b) { return a === b; },
  list: function () { return Array.prototype.slice.call(arguments); },
  car: function (l) { return l[0]; },
  cdr: function (l) { return l.slice(1); },
  "null?": function (l) { return l.length === 0; },
}, null);

function evaluate(x, env) {
  if (typeof x === "string") return env.find(x).vars[x];
  if (typeof x === "number") return x;
  const op = x[0];
  if (op === "quote") return x[1];
  if (op === "if") return evaluate(evaluate(x[1], env) ? x[2] : x[3], env);
  if (op === "define") { env.vars[x[1]] = evaluate(x[2], env); return x[1]; }
  if (op === "lambda") {
    const params = x[1], body = x[2];
    return function () {
      const vars = {};
      for (let i = 0; i < params.length; i++) vars[params[i]] = arguments[i];
      return evaluate(body, new Env(vars, env));
    };
  }
  const f = evaluate(op, env);
  const args = x.slice(1).map(function (a) { return evaluate(a, env); });
  return f.apply(null, args);
}

function show(v) {
  if (Array.isArray(v)) return "(" + v.map(show).join(" ") + ")";
  if (typeof v === "function") return "#<procedure>";
  return String(v);
}

const programs = [
  "(define fact (lambda (n) (if (< n 2) 1 (* n (fact (- n 1))))))",
  "(fact 10)",
  "(define fib (lambda (n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))))",
  "(fib 15)",
  "(define len (lambda (l) (if (null? l) 0 (+ 1 (len (cdr l))))))",
  "(len (list 1 2 3 4 5))",
  "(define make-adder (lambda (n) (lambda (x) (+ x n))))",
  "((make-adder 10) 32)",
  "(quote (a b (c d)))",
  "(car (cdr (list 7 8 9)))",
  "fact",
  "(undefined-fn 1)",
  "(+ 1 2",
];
programs.forEach(function (p) {
  try {
    console.log(p + " => " + show(evaluate(read(tokenize(p)), globalEnv)));
  } catch (e) {
    console.log(p + " => " + e.name + ": " + e.message);
  }
});
