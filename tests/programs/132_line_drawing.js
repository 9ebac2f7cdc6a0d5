// Rasterizing lines (Bresenham), circles (midpoint) and filled rectangles on a canvas
function Canvas(w, h) {
  this.w = w;
  this.h = h;
  this.px = [];
  for (let y = 0; y < h; y++) this.px.push(Array(w).fill("."));
}
Canvas.prototype.set = function (x, y, ch) {
  if (x >= 0 && y >= 0 && x < this.w && y < this.h) this.px[y][x] = ch;
};
Canvas.prototype.line = function (x0, y0, x1, y1, ch) {
  const dx = Math.abs(x1 - x0), dy = -Math.abs(y1 - y0);
  const sx = x0 < x1 ? 1 : -1, sy = y0 < y1 ? 1 : -1;
  let err = dx + dy, count = 0;
  while (true) {
    this.set(x0, y0, ch);
    count++;
    if (x0 === x1 && y0 === y1) break;
    const e2 = 2 * err;
    if (e2 >= dy) { err += dy; x0 += sx; }
    if (e2 <= dx) { err += dx; y0 += sy; }
  }
  return count;
};
Canvas.prototype.circle = function (cx, cy, r, ch) {
  let x = r, y = 0, d = 1 - r;
  while (x >= y) {
    const pts = [[x, y], [y, x], [-y, x], [-x, y], [-x, -y], [-y, -x], [y, -x], [x, -y]];
    for (let i = 0; i < pts.length; i++) this.set(cx + pts[i][0], cy + pts[i][1], ch);
    y++;
    if (d < 0) d += 2 * y + 1;
    else { x--; d += 2 * (y - x) + 1; }
  }
};
Canvas.prototype.rect = function (x, y, w, h, ch) {
  for (let j = y; j < y + h; j++) for (let i = x; i < x + w; i++) this.set(i, j, ch);
};
Canvas.prototype.toString = function () {
  return this.px.map(function (r) { return r.join(""); }).join("\n");
};
Canvas.prototype.count = function (ch) {
  return this.px.reduce(function (a, row) {
    return a + row.filter(function (c) { return c === ch; }).length;
  }, 0);
};

const c = new Canvas(40, 20);
c.rect(2, 2, 8, 4, "=");
const n1 = c.line(0, 19, 39, 0, "/");
const n2 = c.line(0, 0, 39, 19, "\\");
c.circle(20, 10, 7, "o");
c.line(5, 15, 5, 15, "X");
c.line(30, 17, 36, 17, "-");
console.log(String(c));
console.log("line pixels:", n1, n2, "circle pixels:", c.count("o"), "filled:", c.count("="));
const small = new Canvas(11, 11);
small.circle(5, 5, 5, "#");
small.line(0, 5, 10, 5, "-");
small.line(5, 0, 5, 10, "|");
console.log(small.toString());
