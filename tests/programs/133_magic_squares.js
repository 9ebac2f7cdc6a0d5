// Magic squares: odd (Siamese), doubly even, and verification
function siamese(n) {
  const m = [];
  for (let i = 0; i < n; i++) m.push(Array(n).fill(0));
  let r = 0, c = Math.floor(n / 2);
  for (let k = 1; k <= n * n; k++) {
    m[r][c] = k;
    const nr = (r - 1 + n) % n, nc = (c + 1) % n;
    if (m[nr][nc]) r = (r + 1) % n;
    else { r = nr; c = nc; }
  }
  return m;
}

function doublyEven(n) {
  const m = [];
  for (let i = 0; i < n; i++) {
    m.push([]);
    for (let j = 0; j < n; j++) {
      const v = i * n + j + 1;
      const keep = ((i % 4 === j % 4) || ((i % 4) + (j % 4) === 3));
      m[i].push(keep ? n * n + 1 - v : v);
    }
  }
  return m;
}

function check(m) {
  const n = m.length;
  const target = n * (n * n + 1) / 2;
  const sums = [];
  for (let i = 0; i < n; i++) {
    sums.push(m[i].reduce(function (a, b) { return a + b; }, 0));
    let col = 0;
    for (let j = 0; j < n; j++) col += m[j][i];
    sums.push(col);
  }
  let d1 = 0, d2 = 0;
  for (let i = 0; i < n; i++) { d1 += m[i][i]; d2 += m[i][n - 1 - i]; }
  sums.push(d1, d2);
  const flat = [].concat.apply([], m).sort(function (a, b) { return a - b; });
  const distinct = flat.every(function (v, i) { return v === i + 1; });
  return { target: target, ok: distinct && sums.every(function (s) { return s === target; }) };
}

function print(m) {
  const w = String(m.length * m.length).length + 1;
  m.forEach(function (row) {
    console.log(row.map(function (v) { return String(v).padStart(w); }).join(""));
  });
}

[3, 5, 4, 8].forEach(function (n) {
  const m = n % 2 ? siamese(n) : doublyEven(n);
  const r = check(m);
  console.log(n + "x" + n + " magic constant " + r.target + " valid=" + r.ok);
  print(m);
});
const bad = [[2, 7, 6], [9, 5, 1], [4, 8, 3]];
console.log("tweaked square valid:", check(bad).ok, "lo shu valid:", check([[2, 7, 6], [9, 5, 1], [4, 3, 8]]).ok);
