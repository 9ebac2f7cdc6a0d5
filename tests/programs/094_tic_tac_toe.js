// Tic-tac-toe with a minimax AI playing against itself and scripted positions
const LINES = [[0, 1, 2], [3, 4, 5], [6, 7, 8], [0, 3, 6], [1, 4, 7], [2, 5, 8], [0, 4, 8], [2, 4, 6]];

function winner(b) {
  for (let i = 0; i < LINES.length; i++) {
    const l = LINES[i];
    if (b[l[0]] !== " " && b[l[0]] === b[l[1]] && b[l[1]] === b[l[2]]) return b[l[0]];
  }
  return b.indexOf(" ") < 0 ? "draw" : null;
}

let nodes = 0;
function minimax(b, player, depth) {
  nodes++;
  const w = winner(b);
  if (w === "X") return { score: 10 - depth };
  if (w === "O") return { score: depth - 10 };
  if (w === "draw") return { score: 0 };
  let best = { score: player === "X" ? -Infinity : Infinity, move: -1 };
  for (let i = 0; i < 9; i++) {
    if (b[i] !== " ") continue;
    b[i] = player;
    const r = minimax(b, player === "X" ? "O" : "X", depth + 1);
    b[i] = " ";
    if ((player === "X" && r.score > best.score) || (player === "O" && r.score < best.score)) {
      best = { score: r.score, move: i };
    }
  }
  return best;
}

function show(b) {
  return [0, 3, 6].map(function (i) { return " " + b.slice(i, i + 3).join(" | "); }).join("\n---+---+---\n");
}

const board = Array(9).fill(" ");
let player = "X";
const moves = [];
board[4] = "X";
moves.push(4);
player = "O";
while (!winner(board)) {
  const m = minimax(board, player, 0).move;
  board[m] = player;
  moves.push(m);
  player = player === "X" ? "O" : "X";
}
console.log(show(board));
console.log("moves:", moves.join(","), "result:", winner(board), "nodes searched:", nodes);

const puzzles = [
  ["X", "X", " ", "O", "O", " ", " ", " ", " "],
  ["O", " ", "X", " ", "X", " ", " ", " ", "O"],
  ["X", "O", "X", " ", "O", " ", " ", " ", " "],
];
puzzles.forEach(function (p, i) {
  const x = minimax(p.slice(), "X", 0);
  const o = minimax(p.slice(), "O", 0);
  console.log("puzzle " + i + ": X plays " + x.move + " (score " + x.score + "), O plays " + o.move + " (score " + o.score + ")");
});
