// Maze solving with BFS on a character grid, drawing the shortest path
const maze = [
  "###############",
  "#S  #     #   #",
  "# # # ### # # #",
  "# #   #   # # #",
  "# ##### ### # #",
  "#     #     # #",
  "##### # ##### #",
  "#   # #   #   #",
  "# # # ### # ###",
  "# #       #  E#",
  "###############",
];

function find(ch) {
  for (let r = 0; r < maze.length; r++) {
    const c = maze[r].indexOf(ch);
    if (c >= 0) return [r, c];
  }
  return null;
}

function solve(grid, start, end) {
  const H = grid.length, W = grid[0].length;
  const prev = {};
  const key = function (r, c) { return r + "," + c; };
  prev[key(start[0], start[1])] = null;
  const queue = [start];
  const dirs = [[0, 1], [1, 0], [0, -1], [-1, 0]];
  let explored = 0;
  while (queue.length) {
    const cur = queue.shift();
    explored++;
    if (cur[0] === end[0] && cur[1] === end[1]) break;
    for (let d = 0; d < 4; d++) {
      const nr = cur[0] + dirs[d][0], nc = cur[1] + dirs[d][1];
      if (nr < 0 || nc < 0 || nr >= H || nc >= W) continue;
      if (grid[nr][nc] === "#") continue;
      const k = key(nr, nc);
      if (k in prev) continue;
      prev[k] = cur;
      queue.push([nr, nc]);
    }
  }
  const endKey = key(end[0], end[1]);
  if (!(endKey in prev)) return null;
  const path = [];
  for (let p = end; p; p = prev[key(p[0], p[1])]) path.unshift(p);
  return { path: path, explored: explored };
}

const s = find("S"), e = find("E");
console.log("start", s, "end", e);
const result = solve(maze, s, e);
console.log("path length:", result.path.length - 1, "explored:", result.explored);
const canvas = maze.map(function (row) { return row.split(""); });
result.path.slice(1, -1).forEach(function (p) { canvas[p[0]][p[1]] = "."; });
console.log(canvas.map(function (r) { return r.join(""); }).join("\n"));

const blocked = maze.slice();
blocked[9] = "# #       ## E#";
console.log("blocked maze solvable:", solve(blocked, s, e) !== null);
