// Recursive descent parser and evaluator for arithmetic expressions
function parse(src) {
  let pos = 0;
  function peek() {
    while (src[pos] === " ") pos++;
    return src[pos];
  }
  function expect(ch) {
    if (peek() !== ch) throw new SyntaxError("expected " + ch + " at " + pos);
    pos++;
  }
  function number() {
    peek();
    const start = pos;
    while (pos < src.length && /[0-9.]/.test(src[pos])) pos++;
    if (start === pos) throw new SyntaxError("number expected at " + pos);
    return { type: "num", value: parseFloat(src.slice(start, pos)) };
  }
  function factor() {
    const c = peek();
    if (c === "(") {
      pos++;
      const e = expr();
      expect(")");
      return e;
    }
    if (c === "-") {
      pos++;
      return { type: "neg", arg: factor() };
    }
    return number();
  }
  function power() {
    const base = factor();
    if (peek() === "^") {
      pos++;
      return { type: "bin", op: "^", left: base, right: power() };
    }
    return base;
  }
  function term() {
    let left = power();
    while (peek() === "*" || peek() === "/" || peek() === "%") {
      const op = src[pos++];
      left = { type: "bin", op: op, left: left, right: power() };
    }
    return left;
  }
  function expr() {
    let left = term();
    while (peek() === "+" || peek() === "-") {
      const op = src[pos++];
      left = { type: "bin", op: op, left: left, right: term() };
    }
    return left;
  }
  const tree = expr();
  if (peek() !== undefined) throw new SyntaxError("trailing input at " + pos);
  return tree;
}

function evaluate(node) {
  switch (node.type) {
    case "num": return node.value;
    case "neg": return -evaluate(node.arg);
    case "bin": {
      const a = evaluate(node.left), b = evaluate(node.right);
      if (node.op === "+") return a + b;
      if (node.op === "-") return a - b;
      if (node.op === "*") return a * b;
      if (node.op === "/") return a / b;
      if (node.op === "%") return a % b;
      return Math.pow(a, b);
    }
  }
}

function show(node) {
  if (node.type === "num") return String(node.value);
  if (node.type === "neg") return "(-" + show(node.arg) + ")";
  return "(" + show(node.left) + " " + node.op + " " + show(node.right) + ")";
}

["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-4 + 10 / 4", "17 % 5 * 2", "((2))", "1 +", "3 4"].forEach(function (s) {
  try {
    const t = parse(s);
    console.log(s + "  =>  " + show(t) + "  =  " + evaluate(t));
  } catch (e) {
    console.log(s + "  =>  error: " + e.message);
  }
});
console.log(JSON.stringify(parse("1+2*3")));
