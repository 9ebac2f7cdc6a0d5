// Knight's tour using Warnsdorff's heuristic, plus knight distance via BFS
const MOVES = [[2, 1], [1, 2], [-1, 2], [-2, 1], [-2, -1], [-1, -2], [1, -2], [2, -1]];

function tour(n, startR, startC) {
  const board = [];
  for (let i = 0; i < n; i++) board.push(Array(n).fill(0));
  function valid(r, c) { return r >= 0 && c >= 0 && r < n && c < n && board[r][c] === 0; }
  function degree(r, c) {
    let d = 0;
    for (let k = 0; k < 8; k++) if (valid(r + MOVES[k][0], c + MOVES[k][1])) d++;
    return d;
  }
  let r = startR, c = startC;
  board[r][c] = 1;
  for (let step = 2; step <= n * n; step++) {
    let best = -1, bestDeg = 9;
    for (let k = 0; k < 8; k++) {
      const nr = r + MOVES[k][0], nc = c + MOVES[k][1];
      if (!valid(nr, nc)) continue;
      const d = degree(nr, nc);
      if (d < bestDeg) { bestDeg = d; best = k; }
    }
    if (best < 0) return { complete: false, steps: step - 1, board: board };
    r += MOVES[best][0];
    c += MOVES[best][1];
    board[r][c] = step;
  }
  return { complete: true, steps: n * n, board: board };
}

function verify(board) {
  const n = board.length;
  const pos = [];
  for (let r = 0; r < n; r++) for (let c = 0; c < n; c++) pos[board[r][c]] = [r, c];
  for (let s = 2; s <= n * n; s++) {
    const dr = Math.abs(pos[s][0] - pos[s - 1][0]), dc = Math.abs(pos[s][1] - pos[s - 1][1]);
    if (!((dr === 1 && dc === 2) || (dr === 2 && dc === 1))) return false;
  }
  return true;
}

function knightDistance(n, from, to) {
  const dist = {};
  const key = function (p) { return p[0] * n + p[1]; };
  dist[key(from)] = 0;
  const q = [from];
  while (q.length) {
    const p = q.shift();
    if (p[0] === to[0] && p[1] === to[1]) return dist[key(p)];
    MOVES.forEach(function (m) {
      const np = [p[0] + m[0], p[1] + m[1]];
      if (np[0] < 0 || np[1] < 0 || np[0] >= n || np[1] >= n || key(np) in dist) return;
      dist[key(np)] = dist[key(p)] + 1;
      q.push(np);
    });
  }
  return -1;
}

const t = tour(8, 0, 0);
console.log("8x8 tour complete:", t.complete, "valid:", verify(t.board));
t.board.forEach(function (row) { console.log(row.map(function (v) { return String(v).padStart(3); }).join("")); });
[5, 6, 7].forEach(function (n) {
  const r = tour(n, 0, 0);
  console.log(n + "x" + n + ": complete=" + r.complete + " steps=" + r.steps);
});
console.log("a1->h8:", knightDistance(8, [0, 0], [7, 7]), "a1->b2:", knightDistance(8, [0, 0], [1, 1]), "3x3 corner->center:", knightDistance(3, [0, 0], [1, 1]));
