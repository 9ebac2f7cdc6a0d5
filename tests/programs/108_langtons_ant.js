// Langton's ant on a sparse grid stored in an object keyed by "x,y"
function simulate(steps) {
  const black = {};
  let x = 0, y = 0, dir = 0; // 0=up,1=right,2=down,3=left
  const dx = [0, 1, 0, -1], dy = [-1, 0, 1, 0];
  let minX = 0, maxX = 0, minY = 0, maxY = 0;
  for (let i = 0; i < steps; i++) {
    const key = x + "," + y;
    if (black[key]) {
      dir = (dir + 3) % 4;
      delete black[key];
    } else {
      dir = (dir + 1) % 4;
      black[key] = true;
    }
    x += dx[dir];
    y += dy[dir];
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  return { black: black, x: x, y: y, dir: dir, box: [minX, maxX, minY, maxY] };
}

function draw(state) {
  const b = state.box;
  const lines = [];
  for (let y = b[2]; y <= b[3]; y++) {
    let row = "";
    for (let x = b[0]; x <= b[1]; x++) {
      if (x === state.x && y === state.y) row += "^>v<"[state.dir];
      else row += state.black[x + "," + y] ? "#" : ".";
    }
    lines.push(row);
  }
  return lines.join("\n");
}

[10, 100, 500].forEach(function (n) {
  const s = simulate(n);
  console.log("after " + n + " steps: " + Object.keys(s.black).length + " black cells, ant at (" + s.x + "," + s.y + ")");
});
console.log(draw(simulate(200)));
const late = simulate(11000);
console.log("after 11000 steps: " + Object.keys(late.black).length + " black, ant at (" + late.x + "," + late.y + "), box " + JSON.stringify(late.box));
