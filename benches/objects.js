// A property-access-heavy kernel: particles as plain objects stepped
// through a simulation, plus a linked list walk.
function Particle(x, y, vx, vy) {
  this.x = x;
  this.y = y;
  this.vx = vx;
  this.vy = vy;
}
function step(ps) {
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i];
    p.x += p.vx;
    p.y += p.vy;
    if (p.x < 0 || p.x > 1000) p.vx = -p.vx;
    if (p.y < 0 || p.y > 1000) p.vy = -p.vy;
  }
}
const ps = [];
for (let i = 0; i < 1000; i++) ps.push(new Particle(i % 1000, (i * 7) % 1000, (i % 13) - 6, (i % 11) - 5));
for (let t = 0; t < 2000; t++) step(ps);
let sx = 0, sy = 0;
for (let i = 0; i < ps.length; i++) { sx += ps[i].x; sy += ps[i].y; }
let list = null;
for (let i = 0; i < 200000; i++) list = { value: i, next: list };
let total = 0;
for (let n = list; n !== null; n = n.next) total += n.value;
console.log(sx, sy, total);
