// Elementary cellular automata (rules 30, 90, 110) with wrap-around
function step(cells, rule) {
  const n = cells.length;
  const next = [];
  for (let i = 0; i < n; i++) {
    const l = cells[(i - 1 + n) % n], c = cells[i], r = cells[(i + 1) % n];
    const idx = (l << 2) | (c << 1) | r;
    next.push((rule >> idx) & 1);
  }
  return next;
}

function render(cells) {
  return cells.map(function (c) { return c ? "#" : " "; }).join("").replace(/\s+$/, "");
}

function runRule(rule, width, gens) {
  let cells = Array(width).fill(0);
  cells[Math.floor(width / 2)] = 1;
  console.log("Rule " + rule + ":");
  let live = 0;
  for (let g = 0; g < gens; g++) {
    console.log("|" + render(cells));
    live += cells.reduce(function (a, b) { return a + b; }, 0);
    cells = step(cells, rule);
  }
  return live;
}

[30, 90].forEach(function (rule) {
  const live = runRule(rule, 31, 16);
  console.log("live cells over 16 generations: " + live);
});

// rule 110 from a single cell on the right edge
let cells = Array(40).fill(0);
cells[39] = 1;
for (let g = 0; g < 20; g++) {
  console.log(cells.map(function (c) { return c ? "X" : "."; }).join(""));
  cells = step(cells, 110);
}

// rule 30 center column as a pseudo-random bit source
let c = Array(101).fill(0);
c[50] = 1;
let bits = "";
for (let g = 0; g < 32; g++) {
  bits += c[50];
  c = step(c, 30);
}
console.log("center bits:", bits, "=", parseInt(bits, 2));
