// Conway's Game of Life on a small toroidal grid
const W = 10, H = 8;

function makeGrid() {
  const g = [];
  for (let y = 0; y < H; y++) g.push(Array(W).fill(0));
  return g;
}

function step(grid) {
  const next = makeGrid();
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      let n = 0;
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          if (dx === 0 && dy === 0) continue;
          const yy = (y + dy + H) % H;
          const xx = (x + dx + W) % W;
          n += grid[yy][xx];
        }
      }
      const alive = grid[y][x] === 1;
      next[y][x] = (alive && (n === 2 || n === 3)) || (!alive && n === 3) ? 1 : 0;
    }
  }
  return next;
}

function render(grid) {
  return grid.map(function (row) {
    return row.map(function (c) { return c ? "#" : "."; }).join("");
  }).join("\n");
}

function population(grid) {
  return grid.reduce(function (acc, row) {
    return acc + row.reduce(function (a, c) { return a + c; }, 0);
  }, 0);
}

let grid = makeGrid();
// glider
grid[0][1] = 1; grid[1][2] = 1; grid[2][0] = 1; grid[2][1] = 1; grid[2][2] = 1;
// blinker
grid[5][6] = 1; grid[5][7] = 1; grid[5][8] = 1;

for (let gen = 0; gen < 5; gen++) {
  console.log("Generation " + gen + " (pop " + population(grid) + ")");
  console.log(render(grid));
  grid = step(grid);
}
for (let gen = 5; gen < 40; gen++) grid = step(grid);
console.log("Generation 40 (pop " + population(grid) + ")");
console.log(render(grid));
