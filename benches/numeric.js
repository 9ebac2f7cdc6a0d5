// A numeric loop kernel: integer and floating-point arithmetic in loops
// (a Mandelbrot set count and an integer hash mix).
function mandel(size, maxIter) {
  let inside = 0;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const cr = (2.0 * x) / size - 1.5;
      const ci = (2.0 * y) / size - 1.0;
      let zr = 0.0, zi = 0.0, i = 0;
      while (i < maxIter && zr * zr + zi * zi < 4.0) {
        const t = zr * zr - zi * zi + cr;
        zi = 2.0 * zr * zi + ci;
        zr = t;
        i++;
      }
      if (i === maxIter) inside++;
    }
  }
  return inside;
}
function mix(n) {
  let h = 0;
  for (let i = 0; i < n; i++) {
    h = (h ^ i) * 31 & 0xffffff;
    h = (h + (i % 7)) | 0;
  }
  return h;
}
console.log(mandel(300, 200), mix(20000000));
