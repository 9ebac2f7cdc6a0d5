// A tiny spreadsheet: cells with formulas, references, ranges and cycle detection
const sheet = {
  A1: "10", A2: "20", A3: "30", A4: "=SUM(A1:A3)",
  B1: "=A1*2", B2: "=B1+A2", B3: "=AVG(A1:A3)", B4: "=MAX(A1:B3)",
  C1: "=C2+1", C2: "=C1+1",
  D1: "hello", D2: "=D1", D3: "=A4/0", D4: "=Z9+1",
};

function expandRange(a, b) {
  const c1 = a.charCodeAt(0), c2 = b.charCodeAt(0);
  const r1 = parseInt(a.slice(1), 10), r2 = parseInt(b.slice(1), 10);
  const cells = [];
  for (let c = c1; c <= c2; c++)
    for (let r = r1; r <= r2; r++) cells.push(String.fromCharCode(c) + r);
  return cells;
}

const cache = {};
const visiting = {};

function valueOf(ref) {
  if (ref in cache) return cache[ref];
  if (visiting[ref]) throw new Error("#CYCLE");
  visiting[ref] = true;
  let v;
  try {
    const raw = sheet[ref];
    if (raw === undefined) v = 0;
    else if (raw[0] !== "=") v = isNaN(parseFloat(raw)) ? raw : parseFloat(raw);
    else v = evalFormula(raw.slice(1));
  } finally {
    visiting[ref] = false;
  }
  cache[ref] = v;
  return v;
}

function evalFormula(f) {
  const fnRe = /(SUM|AVG|MAX|MIN)\(([A-Z]\d+):([A-Z]\d+)\)/g;
  let expr = f.replace(fnRe, function (m, fn, a, b) {
    const vals = expandRange(a, b).map(valueOf).filter(function (x) { return typeof x === "number"; });
    let r;
    if (fn === "SUM") r = vals.reduce(function (x, y) { return x + y; }, 0);
    else if (fn === "AVG") r = vals.reduce(function (x, y) { return x + y; }, 0) / vals.length;
    else if (fn === "MAX") r = Math.max.apply(null, vals);
    else r = Math.min.apply(null, vals);
    return "(" + r + ")";
  });
  if (/^[A-Z]\d+$/.test(expr)) return valueOf(expr);
  expr = expr.replace(/[A-Z]\d+/g, function (ref) {
    const v = valueOf(ref);
    if (typeof v !== "number") throw new Error("#VALUE");
    return "(" + v + ")";
  });
  return arith(expr);
}

function arith(src) {
  let pos = 0;
  function num() {
    if (src[pos] === "(") { pos++; const v = sum(); pos++; return v; }
    if (src[pos] === "-") { pos++; return -num(); }
    const m = /^\d+(\.\d+)?/.exec(src.slice(pos));
    pos += m[0].length;
    return parseFloat(m[0]);
  }
  function prod() {
    let v = num();
    while (src[pos] === "*" || src[pos] === "/") {
      const op = src[pos++], r = num();
      if (op === "/" && r === 0) throw new Error("#DIV/0");
      v = op === "*" ? v * r : v / r;
    }
    return v;
  }
  function sum() {
    let v = prod();
    while (src[pos] === "+" || src[pos] === "-") {
      const op = src[pos++], r = prod();
      v = op === "+" ? v + r : v - r;
    }
    return v;
  }
  return sum();
}

Object.keys(sheet).sort().forEach(function (ref) {
  let shown;
  try {
    shown = valueOf(ref);
  } catch (e) {
    shown = e.message;
  }
  console.log(ref.padEnd(3) + sheet[ref].padEnd(14) + String(shown));
});
