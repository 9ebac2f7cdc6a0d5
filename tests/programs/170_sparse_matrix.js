// Sparse matrices stored as "row,col" keyed objects: add, multiply, transpose, render
function Sparse(rows, cols) {
  this.rows = rows;
  this.cols = cols;
  this.cells = {};
}
Sparse.fromDense = function (d) {
  const s = new Sparse(d.length, d[0].length);
  d.forEach(function (row, r) { row.forEach(function (v, c) { s.set(r, c, v); }); });
  return s;
};
Sparse.prototype.set = function (r, c, v) {
  if (r < 0 || c < 0 || r >= this.rows || c >= this.cols) throw new RangeError("index " + r + "," + c + " out of bounds");
  const k = r + "," + c;
  if (v === 0) delete this.cells[k];
  else this.cells[k] = v;
  return this;
};
Sparse.prototype.get = function (r, c) { return this.cells[r + "," + c] || 0; };
Sparse.prototype.nnz = function () { return Object.keys(this.cells).length; };
Sparse.prototype.each = function (fn) {
  const self = this;
  Object.keys(this.cells).forEach(function (k) {
    const p = k.split(",");
    fn(+p[0], +p[1], self.cells[k]);
  });
};
Sparse.prototype.add = function (o) {
  if (o.rows !== this.rows || o.cols !== this.cols) throw new TypeError("shape mismatch");
  const out = new Sparse(this.rows, this.cols);
  this.each(function (r, c, v) { out.set(r, c, v); });
  o.each(function (r, c, v) { out.set(r, c, out.get(r, c) + v); });
  return out;
};
Sparse.prototype.transpose = function () {
  const out = new Sparse(this.cols, this.rows);
  this.each(function (r, c, v) { out.set(c, r, v); });
  return out;
};
Sparse.prototype.mul = function (o) {
  if (this.cols !== o.rows) throw new TypeError("cannot multiply " + this.rows + "x" + this.cols + " by " + o.rows + "x" + o.cols);
  const byRow = {};
  o.each(function (r, c, v) { (byRow[r] = byRow[r] || []).push([c, v]); });
  const out = new Sparse(this.rows, o.cols);
  this.each(function (r, k, v) {
    (byRow[k] || []).forEach(function (p) { out.set(r, p[0], out.get(r, p[0]) + v * p[1]); });
  });
  return out;
};
Sparse.prototype.toString = function () {
  const lines = [];
  for (let r = 0; r < this.rows; r++) {
    let line = "";
    for (let c = 0; c < this.cols; c++) line += String(this.get(r, c) || ".").padStart(4);
    lines.push(line);
  }
  return lines.join("\n");
};

const A = Sparse.fromDense([[1, 0, 0, 2], [0, 0, 3, 0], [0, 0, 0, 0], [4, 0, 0, 5]]);
const B = new Sparse(4, 4).set(0, 0, 1).set(1, 1, 1).set(2, 2, 1).set(3, 3, 1).set(0, 3, -2);
console.log("A (nnz " + A.nnz() + "):\n" + A);
console.log("A + B:\n" + A.add(B));
console.log("A x B:\n" + A.mul(B));
console.log("A^T:\n" + A.transpose());
console.log("A x A^T nnz:", A.mul(A.transpose()).nnz(), "cells:", JSON.stringify(A.mul(A.transpose()).cells));
const big = new Sparse(1000, 1000);
for (let i = 0; i < 1000; i += 7) big.set(i, (i * 13) % 1000, i + 1);
const sq = big.mul(big.transpose());
console.log("big nnz:", big.nnz(), "product nnz:", sq.nnz(), "trace:", Object.keys(sq.cells).reduce(function (t, k) { const p = k.split(","); return p[0] === p[1] ? t + sq.cells[k] : t; }, 0));
[function () { A.set(9, 9, 1); }, function () { A.mul(new Sparse(3, 3)); }, function () { A.add(new Sparse(2, 2)); }].forEach(function (f) {
  try { f(); } catch (e) { console.log(e.name + ": " + e.message); }
});
