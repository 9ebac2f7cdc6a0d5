// Complex numbers and 2D/3D vectors with prototype methods
function Complex(re, im) { this.re = re; this.im = im; }
Complex.prototype.add = function (o) { return new Complex(this.re + o.re, this.im + o.im); };
Complex.prototype.mul = function (o) { return new Complex(this.re * o.re - this.im * o.im, this.re * o.im + this.im * o.re); };
Complex.prototype.abs = function () { return Math.sqrt(this.re * this.re + this.im * this.im); };
Complex.prototype.conj = function () { return new Complex(this.re, -this.im); };
Complex.prototype.div = function (o) {
  const d = o.re * o.re + o.im * o.im;
  const n = this.mul(o.conj());
  return new Complex(n.re / d, n.im / d);
};
Complex.prototype.pow = function (n) {
  let r = new Complex(1, 0);
  for (let i = 0; i < n; i++) r = r.mul(this);
  return r;
};
Complex.prototype.toString = function () {
  const re = Math.round(this.re * 1000) / 1000, im = Math.round(this.im * 1000) / 1000;
  if (im === 0) return String(re);
  if (re === 0) return im + "i";
  return re + (im < 0 ? " - " + -im : " + " + im) + "i";
};

const a = new Complex(3, 4), b = new Complex(1, -2);
console.log(`a = ${a}, b = ${b}`);
console.log(`a + b = ${a.add(b)}, a * b = ${a.mul(b)}, a / b = ${a.div(b)}`);
console.log(`|a| = ${a.abs()}, conj(a) = ${a.conj()}, i^2 = ${new Complex(0, 1).pow(2)}, (1+i)^8 = ${new Complex(1, 1).pow(8)}`);
// Taylor series for sine and cosine (argument kept small)
function sin(x) {
  let term = x, sum = x;
  for (let n = 1; n < 15; n++) { term *= -x * x / ((2 * n) * (2 * n + 1)); sum += term; }
  return sum;
}
function cos(x) {
  let term = 1, sum = 1;
  for (let n = 1; n < 15; n++) { term *= -x * x / ((2 * n - 1) * (2 * n)); sum += term; }
  return sum;
}
const roots = [];
for (let k = 0; k < 6; k++) {
  const t = 2 * Math.PI * k / 6;
  roots.push(new Complex(cos(t), sin(t)));
}
console.log("6th roots of unity:", roots.map(String).join(", "));
const sum = roots.reduce(function (s, r) { return s.add(r); }, new Complex(0, 0));
console.log("sum of roots ~ 0:", Math.abs(sum.re) < 1e-9 && Math.abs(sum.im) < 1e-9);

function Vec(x, y, z) { this.x = x; this.y = y; this.z = z || 0; }
Vec.prototype.plus = function (v) { return new Vec(this.x + v.x, this.y + v.y, this.z + v.z); };
Vec.prototype.scale = function (k) { return new Vec(this.x * k, this.y * k, this.z * k); };
Vec.prototype.dot = function (v) { return this.x * v.x + this.y * v.y + this.z * v.z; };
Vec.prototype.cross = function (v) {
  return new Vec(this.y * v.z - this.z * v.y, this.z * v.x - this.x * v.z, this.x * v.y - this.y * v.x);
};
Vec.prototype.len = function () { return Math.sqrt(this.dot(this)); };
Vec.prototype.norm = function () { return this.scale(1 / this.len()); };
Vec.prototype.toString = function () {
  return "(" + [this.x, this.y, this.z].map(function (c) { return Math.round(c * 1000) / 1000; }).join(", ") + ")";
};

const i = new Vec(1, 0, 0), j = new Vec(0, 1, 0);
console.log("i x j = " + i.cross(j), "j x i = " + j.cross(i), "i . j = " + i.dot(j));
const v = new Vec(3, 4, 12);
console.log("|v| = " + v.len(), "unit = " + v.norm(), "2v + i = " + v.scale(2).plus(i));
console.log("cosine of angle between i and v:", (i.dot(v) / (i.len() * v.len())).toFixed(4));
const tri = [new Vec(0, 0), new Vec(4, 0), new Vec(0, 3)];
const area = tri[1].plus(tri[0].scale(-1)).cross(tri[2].plus(tri[0].scale(-1))).len() / 2;
console.log("triangle area:", area, "perimeter:", tri[0].plus(tri[1].scale(-1)).len() + tri[1].plus(tri[2].scale(-1)).len() + tri[2].plus(tri[0].scale(-1)).len());
