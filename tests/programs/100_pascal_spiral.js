// Pascal's triangle, spiral matrices and matrix rotation
function pascal(rows) {
  const tri = [[1]];
  for (let r = 1; r < rows; r++) {
    const prev = tri[r - 1];
    const row = [1];
    for (let i = 1; i < r; i++) row.push(prev[i - 1] + prev[i]);
    row.push(1);
    tri.push(row);
  }
  return tri;
}

const tri = pascal(10);
const width = tri[tri.length - 1].join("   ").length;
tri.forEach(function (row) {
  const s = row.join("   ");
  console.log(" ".repeat(Math.floor((width - s.length) / 2)) + s);
});
console.log("row sums:", tri.map(function (r) { return r.reduce(function (a, b) { return a + b; }); }).join(" "));
const sierpinski = pascal(16).map(function (row) {
  return " ".repeat(16 - row.length) + row.map(function (v) { return v % 2 ? "*" : " "; }).join(" ");
});
console.log(sierpinski.join("\n"));

function spiral(n) {
  const m = [];
  for (let i = 0; i < n; i++) m.push(Array(n).fill(0));
  let top = 0, bottom = n - 1, left = 0, right = n - 1, k = 1;
  while (top <= bottom && left <= right) {
    for (let c = left; c <= right; c++) m[top][c] = k++;
    top++;
    for (let r = top; r <= bottom; r++) m[r][right] = k++;
    right--;
    if (top <= bottom) { for (let c = right; c >= left; c--) m[bottom][c] = k++; bottom--; }
    if (left <= right) { for (let r = bottom; r >= top; r--) m[r][left] = k++; left++; }
  }
  return m;
}

function rotate(m) {
  const n = m.length;
  const out = [];
  for (let c = 0; c < n; c++) {
    const row = [];
    for (let r = n - 1; r >= 0; r--) row.push(m[r][c]);
    out.push(row);
  }
  return out;
}

function print(m) {
  m.forEach(function (row) {
    console.log(row.map(function (v) { return String(v).padStart(3); }).join(""));
  });
}

const s = spiral(5);
print(s);
console.log("rotated:");
print(rotate(s));
const diag = s.map(function (row, i) { return row[i]; });
console.log("diagonal:", diag, "sum:", diag.reduce(function (a, b) { return a + b; }));
