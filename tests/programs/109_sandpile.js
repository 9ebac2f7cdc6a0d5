// Abelian sandpile model: drop grains and topple until stable
function makeGrid(n) {
  const g = [];
  for (let i = 0; i < n; i++) g.push(Array(n).fill(0));
  return g;
}

function stabilize(g) {
  const n = g.length;
  let topples = 0;
  let unstable = true;
  while (unstable) {
    unstable = false;
    for (let r = 0; r < n; r++) {
      for (let c = 0; c < n; c++) {
        if (g[r][c] >= 4) {
          const q = Math.floor(g[r][c] / 4);
          g[r][c] -= 4 * q;
          topples += q;
          if (r > 0) g[r - 1][c] += q;
          if (r < n - 1) g[r + 1][c] += q;
          if (c > 0) g[r][c - 1] += q;
          if (c < n - 1) g[r][c + 1] += q;
          unstable = true;
        }
      }
    }
  }
  return topples;
}

function show(g) {
  const chars = [" ", ".", "o", "#"];
  return g.map(function (row) { return row.map(function (v) { return chars[v]; }).join(""); }).join("\n");
}

function total(g) {
  return g.reduce(function (a, row) { return a + row.reduce(function (x, y) { return x + y; }, 0); }, 0);
}

const g = makeGrid(21);
g[10][10] = 1000;
const t = stabilize(g);
console.log("topples:", t, "grains left:", total(g), "lost off edge:", 1000 - total(g));
console.log(show(g));

// adding two stable configurations
const a = makeGrid(3), b = makeGrid(3);
for (let r = 0; r < 3; r++) for (let c = 0; c < 3; c++) { a[r][c] = 2; b[r][c] = (r + c) % 4; }
const sum = a.map(function (row, r) { return row.map(function (v, c) { return v + b[r][c]; }); });
console.log("a+b before:", JSON.stringify(sum));
stabilize(sum);
console.log("a+b after: ", JSON.stringify(sum));

// identity element of the 3x3 sandpile group
const full = makeGrid(3);
for (let r = 0; r < 3; r++) for (let c = 0; c < 3; c++) full[r][c] = 6;
stabilize(full);
const id = full.map(function (row) { return row.map(function (v) { return 6 - v; }); });
stabilize(id);
console.log("identity:", JSON.stringify(id));
