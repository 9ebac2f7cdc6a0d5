// Sudoku solver using constraint checking and backtracking
const puzzle = [
  "53..7....",
  "6..195...",
  ".98....6.",
  "8...6...3",
  "4..8.3..1",
  "7...2...6",
  ".6....28.",
  "...419..5",
  "....8..79",
];

function parse(rows) {
  return rows.map(function (r) {
    return r.split("").map(function (c) { return c === "." ? 0 : parseInt(c, 10); });
  });
}

function canPlace(g, r, c, v) {
  for (let i = 0; i < 9; i++) {
    if (g[r][i] === v || g[i][c] === v) return false;
  }
  const br = r - (r % 3), bc = c - (c % 3);
  for (let i = 0; i < 3; i++)
    for (let j = 0; j < 3; j++)
      if (g[br + i][bc + j] === v) return false;
  return true;
}

let guesses = 0;
function solve(g) {
  for (let r = 0; r < 9; r++) {
    for (let c = 0; c < 9; c++) {
      if (g[r][c] !== 0) continue;
      for (let v = 1; v <= 9; v++) {
        if (canPlace(g, r, c, v)) {
          g[r][c] = v;
          guesses++;
          if (solve(g)) return true;
          g[r][c] = 0;
        }
      }
      return false;
    }
  }
  return true;
}

function isValid(g) {
  for (let i = 0; i < 9; i++) {
    const row = {}, col = {}, box = {};
    for (let j = 0; j < 9; j++) {
      const a = g[i][j], b = g[j][i];
      const c = g[3 * Math.floor(i / 3) + Math.floor(j / 3)][3 * (i % 3) + (j % 3)];
      if (row[a] || col[b] || box[c]) return false;
      row[a] = col[b] = box[c] = true;
    }
  }
  return true;
}

function show(g) {
  const lines = [];
  g.forEach(function (row, r) {
    if (r % 3 === 0 && r > 0) lines.push("------+-------+------");
    const cells = row.map(function (v) { return v === 0 ? "." : String(v); });
    lines.push(cells.slice(0, 3).join(" ") + " | " + cells.slice(3, 6).join(" ") + " | " + cells.slice(6).join(" "));
  });
  return lines.join("\n");
}

const grid = parse(puzzle);
console.log(show(grid));
console.log("");
const solved = solve(grid);
console.log("solved:", solved, "guesses:", guesses);
console.log(show(grid));
console.log("valid:", isValid(grid));
