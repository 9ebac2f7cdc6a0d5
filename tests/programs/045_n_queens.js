// N-Queens solver with backtracking and bitmasks
function solveAll(n) {
  const solutions = [];
  const cols = [];
  function place(row, usedCols, diag1, diag2) {
    if (row === n) {
      solutions.push(cols.slice());
      return;
    }
    for (let c = 0; c < n; c++) {
      if (usedCols[c] || diag1[row + c] || diag2[row - c + n - 1]) continue;
      usedCols[c] = diag1[row + c] = diag2[row - c + n - 1] = true;
      cols.push(c);
      place(row + 1, usedCols, diag1, diag2);
      cols.pop();
      usedCols[c] = diag1[row + c] = diag2[row - c + n - 1] = false;
    }
  }
  place(0, [], [], []);
  return solutions;
}

function countBits(n) {
  const all = (1 << n) - 1;
  let count = 0;
  function go(cols, ld, rd) {
    if (cols === all) { count++; return; }
    let avail = all & ~(cols | ld | rd);
    while (avail) {
      const bit = avail & -avail;
      avail -= bit;
      go(cols | bit, ((ld | bit) << 1) & all, (rd | bit) >> 1);
    }
  }
  go(0, 0, 0);
  return count;
}

function draw(sol) {
  return sol.map(function (c) {
    let row = "";
    for (let i = 0; i < sol.length; i++) row += i === c ? "Q " : ". ";
    return row.trim();
  }).join("\n");
}

const six = solveAll(6);
console.log("6-queens solutions:", six.length);
six.forEach(function (s, i) { console.log("#" + (i + 1) + ": " + s.join(",")); });
console.log(draw(solveAll(8)[0]));
for (let n = 1; n <= 10; n++) {
  console.log("n=" + n + ": " + solveAll(n).length + " / " + countBits(n));
}
