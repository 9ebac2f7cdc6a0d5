// Rational number arithmetic built on gcd/lcm
function gcd(a, b) {
  a = Math.abs(a); b = Math.abs(b);
  while (b) { const t = b; b = a % b; a = t; }
  return a;
}
function lcm(a, b) { return a / gcd(a, b) * b; }

function Fraction(n, d) {
  if (d === 0) throw new RangeError("zero denominator");
  if (d < 0) { n = -n; d = -d; }
  const g = gcd(n, d) || 1;
  this.n = n / g;
  this.d = d / g;
}
Fraction.prototype.add = function (o) { return new Fraction(this.n * o.d + o.n * this.d, this.d * o.d); };
Fraction.prototype.sub = function (o) { return new Fraction(this.n * o.d - o.n * this.d, this.d * o.d); };
Fraction.prototype.mul = function (o) { return new Fraction(this.n * o.n, this.d * o.d); };
Fraction.prototype.div = function (o) { return new Fraction(this.n * o.d, this.d * o.n); };
Fraction.prototype.toString = function () {
  if (this.d === 1) return String(this.n);
  const whole = this.n < 0 ? Math.ceil(this.n / this.d) : Math.floor(this.n / this.d);
  if (whole !== 0) return whole + " " + Math.abs(this.n - whole * this.d) + "/" + this.d;
  return this.n + "/" + this.d;
};
Fraction.prototype.valueOf = function () { return this.n / this.d; };

function F(n, d) { return new Fraction(n, d === undefined ? 1 : d); }

console.log("gcd(1071, 462) =", gcd(1071, 462));
console.log("lcm(21, 6) =", lcm(21, 6));
console.log("lcm 1..20 =", [].concat.apply([], Array(20).fill(0).map(function (_, i) { return [i + 1]; })).reduce(lcm));

const a = F(1, 2), b = F(3, 4), c = F(-5, 6);
console.log(`${a} + ${b} = ${a.add(b)}`);
console.log(`${a} - ${b} = ${a.sub(b)}`);
console.log(String(b) + " * " + String(c) + " = " + String(b.mul(c)));
console.log(`${a} / ${c} = ${a.div(c)}`);
console.log("concatenation uses valueOf: " + b);
console.log("valueOf:", +b, b > a, c < a);

// harmonic numbers
let h = F(0);
for (let i = 1; i <= 10; i++) {
  h = h.add(F(1, i));
  console.log("H(" + i + ") = " + h.toString() + " ~ " + (+h).toFixed(4));
}
// Egyptian fraction decomposition
function egyptian(fr) {
  const parts = [];
  while (fr.n !== 0) {
    const dd = Math.ceil(fr.d / fr.n);
    parts.push("1/" + dd);
    fr = fr.sub(F(1, dd));
  }
  return parts.join(" + ");
}
console.log("4/13 =", egyptian(F(4, 13)));
console.log("7/15 =", egyptian(F(7, 15)));
try {
  F(1, 0);
} catch (e) {
  console.log(e.name, e.message);
}
