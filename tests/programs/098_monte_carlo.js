// Monte Carlo estimates with a deterministic xorshift generator
function xorshift32(seed) {
  let x = seed >>> 0 || 1;
  return function () {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x / 4294967296;
  };
}

const rand = xorshift32(2463534242);
const first = [];
for (let i = 0; i < 5; i++) first.push(rand().toFixed(6));
console.log("first values:", first.join(" "));

function estimatePi(samples, rng) {
  let inside = 0;
  for (let i = 0; i < samples; i++) {
    const x = rng(), y = rng();
    if (x * x + y * y <= 1) inside++;
  }
  return 4 * inside / samples;
}
[100, 1000, 10000, 100000].forEach(function (n) {
  const est = estimatePi(n, xorshift32(12345));
  console.log("pi with " + String(n).padStart(6) + " samples: " + est.toFixed(4) + " error " + Math.abs(est - Math.PI).toFixed(4));
});

// dice: distribution of the sum of two dice
const r2 = xorshift32(99);
const counts = Array(13).fill(0);
const rolls = 36000;
for (let i = 0; i < rolls; i++) {
  const a = 1 + Math.floor(r2() * 6), b = 1 + Math.floor(r2() * 6);
  counts[a + b]++;
}
for (let s = 2; s <= 12; s++) {
  const expected = (6 - Math.abs(7 - s)) * rolls / 36;
  console.log(String(s).padStart(2) + " " + String(counts[s]).padStart(5) + " (exp " + expected + ") " + "*".repeat(Math.round(counts[s] / 200)));
}

// random walk: average distance after n steps
const r3 = xorshift32(4242);
function walk(n) {
  let x = 0, y = 0;
  for (let i = 0; i < n; i++) {
    const d = Math.floor(r3() * 4);
    if (d === 0) x++; else if (d === 1) x--; else if (d === 2) y++; else y--;
  }
  return Math.sqrt(x * x + y * y);
}
[10, 100, 1000].forEach(function (n) {
  let total = 0;
  for (let t = 0; t < 200; t++) total += walk(n);
  console.log("walk " + n + " steps: mean distance " + (total / 200).toFixed(2) + " (sqrt n = " + Math.sqrt(n).toFixed(2) + ")");
});
