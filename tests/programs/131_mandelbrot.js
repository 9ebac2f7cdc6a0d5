// ASCII Mandelbrot and Julia set renderings using plain floating point loops
const PALETTE = " .:-=+*#%@";

function mandelbrot(cx, cy, maxIter) {
  let x = 0, y = 0, i = 0;
  while (x * x + y * y <= 4 && i < maxIter) {
    const xt = x * x - y * y + cx;
    y = 2 * x * y + cy;
    x = xt;
    i++;
  }
  return i;
}

function julia(zx, zy, cx, cy, maxIter) {
  let i = 0;
  while (zx * zx + zy * zy <= 4 && i < maxIter) {
    const xt = zx * zx - zy * zy + cx;
    zy = 2 * zx * zy + cy;
    zx = xt;
    i++;
  }
  return i;
}

function render(width, height, x0, x1, y0, y1, fn, maxIter) {
  const rows = [];
  let inside = 0;
  for (let r = 0; r < height; r++) {
    let line = "";
    const y = y0 + (y1 - y0) * r / (height - 1);
    for (let c = 0; c < width; c++) {
      const x = x0 + (x1 - x0) * c / (width - 1);
      const it = fn(x, y, maxIter);
      if (it === maxIter) inside++;
      line += it === maxIter ? "@" : PALETTE[Math.floor(it / maxIter * (PALETTE.length - 1))];
    }
    rows.push(line.replace(/\s+$/, ""));
  }
  return { text: rows.join("\n"), inside: inside };
}

const m = render(64, 24, -2.2, 0.8, -1.2, 1.2, mandelbrot, 40);
console.log(m.text);
console.log("points inside:", m.inside);
const j = render(48, 16, -1.6, 1.6, -1.0, 1.0, function (x, y, n) { return julia(x, y, -0.8, 0.156, n); }, 60);
console.log(j.text);
console.log("julia inside:", j.inside);
console.log("iterations at origin:", mandelbrot(0, 0, 100), "at (1,1):", mandelbrot(1, 1, 100), "at (-0.75,0.1):", mandelbrot(-0.75, 0.1, 1000));
