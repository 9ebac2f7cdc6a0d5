// Polynomial arithmetic on coefficient arrays (lowest degree first)
function trim(p) {
  const r = p.slice();
  while (r.length > 1 && r[r.length - 1] === 0) r.pop();
  return r;
}
function add(a, b) {
  const out = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) out.push((a[i] || 0) + (b[i] || 0));
  return trim(out);
}
function mul(a, b) {
  const out = Array(a.length + b.length - 1).fill(0);
  for (let i = 0; i < a.length; i++)
    for (let j = 0; j < b.length; j++) out[i + j] += a[i] * b[j];
  return trim(out);
}
function divide(num, den) {
  let rem = num.slice();
  const q = Array(Math.max(1, num.length - den.length + 1)).fill(0);
  while (rem.length >= den.length && !(rem.length === 1 && rem[0] === 0)) {
    const shift = rem.length - den.length;
    const coef = rem[rem.length - 1] / den[den.length - 1];
    q[shift] = coef;
    for (let i = 0; i < den.length; i++) rem[i + shift] -= coef * den[i];
    rem.pop();
    if (rem.length === 0) rem = [0];
  }
  return { q: trim(q), r: trim(rem) };
}
function evaluate(p, x) {
  return p.reduceRight(function (acc, c) { return acc * x + c; }, 0);
}
function derive(p) {
  return p.length === 1 ? [0] : p.slice(1).map(function (c, i) { return c * (i + 1); });
}
function show(p) {
  const terms = [];
  for (let i = p.length - 1; i >= 0; i--) {
    const c = p[i];
    if (c === 0 && p.length > 1) continue;
    const abs = Math.abs(c);
    const coef = abs === 1 && i > 0 ? "" : String(abs);
    const v = i === 0 ? "" : i === 1 ? "x" : "x^" + i;
    terms.push((c < 0 ? "-" : "+") + " " + coef + v);
  }
  const s = terms.join(" ").replace(/^\+ /, "").replace(/^- /, "-");
  return s || "0";
}
function newton(p, x0) {
  const dp = derive(p);
  let x = x0;
  for (let i = 0; i < 50; i++) {
    const fx = evaluate(p, x);
    if (Math.abs(fx) < 1e-12) break;
    x = x - fx / evaluate(dp, x);
  }
  return Math.round(x * 1e6) / 1e6;
}

const p = [-6, 11, -6, 1];   // (x-1)(x-2)(x-3)
const q = [1, 1];           // x + 1
console.log("p =", show(p));
console.log("q =", show(q));
console.log("p + q =", show(add(p, q)));
console.log("p * q =", show(mul(p, q)));
const d = divide(p, [-1, 1]);
console.log("p / (x - 1) =", show(d.q), "remainder", show(d.r));
const d2 = divide(p, q);
console.log("p / q =", show(d2.q), "remainder", show(d2.r));
console.log("p' =", show(derive(p)), " p'' =", show(derive(derive(p))));
console.log("p(0..4) =", [0, 1, 2, 3, 4].map(function (x) { return evaluate(p, x); }).join(", "));
console.log("roots via newton:", [0, 1.6, 5].map(function (x0) { return newton(p, x0); }).join(", "));
let binom = [1];
for (let i = 0; i < 6; i++) binom = mul(binom, [1, 1]);
console.log("(x + 1)^6 =", show(binom));
console.log("sqrt 2 via newton on x^2 - 2:", newton([-2, 0, 1], 1));
