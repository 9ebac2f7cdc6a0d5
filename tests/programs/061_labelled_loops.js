// Labelled break and continue in nested loops: searching grids and primes
const grid = [
  [3, 8, 1, 9, 4],
  [7, 2, 6, 5, 0],
  [4, 4, 8, 1, 7],
  [9, 0, 3, 6, 2],
];

function findFirst(target) {
  let found = null;
  search: for (let r = 0; r < grid.length; r++) {
    for (let c = 0; c < grid[r].length; c++) {
      if (grid[r][c] === target) {
        found = [r, c];
        break search;
      }
    }
  }
  return found;
}
console.log("first 8 at", findFirst(8), "first 6 at", findFirst(6), "11 at", findFirst(11));

// rows that contain no zero
const clean = [];
rows: for (let r = 0; r < grid.length; r++) {
  for (let c = 0; c < grid[r].length; c++) {
    if (grid[r][c] === 0) continue rows;
  }
  clean.push(r);
}
console.log("rows without zero:", clean);

// primes via labelled continue
const primes = [];
candidates: for (let n = 2; primes.length < 15; n++) {
  for (let i = 0; i < primes.length && primes[i] * primes[i] <= n; i++) {
    if (n % primes[i] === 0) continue candidates;
  }
  primes.push(n);
}
console.log(primes.join(" "));

// labelled block
let log = "";
block: {
  log += "a";
  if (primes.length > 10) break block;
  log += "b";
}
log += "c";
console.log(log);

// find pythagorean triple with sum 1000
let triple = null;
outer: for (let a = 1; a < 1000; a++) {
  for (let b = a + 1; b < 1000 - a; b++) {
    const c = 1000 - a - b;
    if (a * a + b * b === c * c) {
      triple = [a, b, c];
      break outer;
    }
  }
}
console.log("triple:", triple, "product:", triple[0] * triple[1] * triple[2]);

let count = 0;
var i = 0;
loopA: while (i < 5) {
  i++;
  let j = 0;
  do {
    j++;
    if (j === 3) continue loopA;
    count++;
  } while (j < 5);
}
console.log("count:", count, "i:", i);
