// Flood fill on a character map: count islands, measure areas, paint regions
const map = [
  "~~~~~~~~~~~~~~~~~~~~",
  "~~###~~~~~~~~~##~~~~",
  "~~####~~~~~~~###~~~~",
  "~~~##~~~~#~~~~#~~~~~",
  "~~~~~~~~~##~~~~~~~~~",
  "~~~~~~~~~~~~~~~~~##~",
  "~#~~~~~####~~~~~~##~",
  "~#~~~~~#~~#~~~~~~~~~",
  "~~~~~~~####~~~~~~~~~",
  "~~~~~~~~~~~~~~~~~~~~",
];

function fill(grid, r, c, from, to) {
  const stack = [[r, c]];
  let area = 0;
  let minR = r, maxR = r, minC = c, maxC = c;
  while (stack.length) {
    const p = stack.pop();
    const y = p[0], x = p[1];
    if (y < 0 || y >= grid.length || x < 0 || x >= grid[0].length) continue;
    if (grid[y][x] !== from) continue;
    grid[y][x] = to;
    area++;
    if (y < minR) minR = y;
    if (y > maxR) maxR = y;
    if (x < minC) minC = x;
    if (x > maxC) maxC = x;
    stack.push([y + 1, x], [y - 1, x], [y, x + 1], [y, x - 1]);
  }
  return { area: area, box: [minR, minC, maxR, maxC] };
}

const grid = map.map(function (row) { return row.split(""); });
const labels = "ABCDEFGHIJ";
const islands = [];
for (let r = 0; r < grid.length; r++) {
  for (let c = 0; c < grid[r].length; c++) {
    if (grid[r][c] === "#") {
      const label = labels[islands.length];
      const info = fill(grid, r, c, "#", label);
      islands.push({ label: label, area: info.area, box: info.box });
    }
  }
}
console.log(grid.map(function (row) { return row.join(""); }).join("\n"));
console.log("islands:", islands.length);
islands.forEach(function (i) {
  console.log("  " + i.label + " area " + String(i.area).padStart(2) + " bbox " + JSON.stringify(i.box));
});
const biggest = islands.reduce(function (a, b) { return b.area > a.area ? b : a; });
console.log("largest island:", biggest.label);

// find lakes: water cells not reachable from the border
const g2 = map.map(function (row) { return row.split(""); });
for (let r = 0; r < g2.length; r++) {
  for (let c = 0; c < g2[0].length; c++) {
    if ((r === 0 || c === 0 || r === g2.length - 1 || c === g2[0].length - 1) && g2[r][c] === "~") fill(g2, r, c, "~", " ");
  }
}
let lakes = 0;
for (let r = 0; r < g2.length; r++) for (let c = 0; c < g2[0].length; c++) if (g2[r][c] === "~") { lakes++; fill(g2, r, c, "~", "o"); }
console.log("enclosed lakes:", lakes);
console.log(g2.slice(5, 9).map(function (row) { return row.join(""); }).join("\n"));
