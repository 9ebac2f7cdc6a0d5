// Descriptive statistics for a dataset
const data = [23, 45, 12, 67, 34, 89, 21, 45, 56, 78, 45, 34, 90, 11, 38, 45, 62, 29, 71, 50];

function mean(xs) { return xs.reduce(function (a, b) { return a + b; }, 0) / xs.length; }

function median(xs) {
  const s = xs.slice().sort(function (a, b) { return a - b; });
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function mode(xs) {
  const freq = {};
  let best = null, bestCount = 0;
  xs.forEach(function (x) {
    freq[x] = (freq[x] || 0) + 1;
    if (freq[x] > bestCount) { bestCount = freq[x]; best = x; }
  });
  return { value: best, count: bestCount };
}

function variance(xs) {
  const m = mean(xs);
  return xs.reduce(function (a, x) { return a + (x - m) * (x - m); }, 0) / xs.length;
}

function percentile(xs, p) {
  const s = xs.slice().sort(function (a, b) { return a - b; });
  const idx = (s.length - 1) * p;
  const lo = Math.floor(idx), hi = Math.ceil(idx);
  return s[lo] + (s[hi] - s[lo]) * (idx - lo);
}

function histogram(xs, bucket) {
  const buckets = {};
  xs.forEach(function (x) {
    const b = Math.floor(x / bucket) * bucket;
    buckets[b] = (buckets[b] || 0) + 1;
  });
  return Object.keys(buckets).map(function (k) { return +k; }).sort(function (a, b) { return a - b; }).map(function (b) {
    return String(b).padStart(3) + "-" + String(b + bucket - 1).padEnd(3) + " " + "#".repeat(buckets[b]);
  });
}

function correlation(xs, ys) {
  const mx = mean(xs), my = mean(ys);
  let num = 0, dx = 0, dy = 0;
  for (let i = 0; i < xs.length; i++) {
    num += (xs[i] - mx) * (ys[i] - my);
    dx += (xs[i] - mx) * (xs[i] - mx);
    dy += (ys[i] - my) * (ys[i] - my);
  }
  return num / Math.sqrt(dx * dy);
}

console.log("n =", data.length);
console.log("mean =", mean(data).toFixed(2));
console.log("median =", median(data));
console.log("mode =", JSON.stringify(mode(data)));
console.log("variance =", variance(data).toFixed(3));
console.log("stddev =", Math.sqrt(variance(data)).toFixed(3));
console.log("range =", Math.min.apply(null, data), "-", Math.max.apply(null, data));
console.log("quartiles =", [0.25, 0.5, 0.75].map(function (p) { return percentile(data, p); }).join(", "));
histogram(data, 20).forEach(function (l) { console.log(l); });
const xs = [1, 2, 3, 4, 5, 6, 7, 8];
const ys = [2.1, 3.9, 6.2, 7.8, 10.1, 12.2, 13.8, 16.1];
console.log("correlation =", correlation(xs, ys).toFixed(5));
console.log("neg correlation =", correlation(xs, xs.map(function (x) { return 10 - x; })).toFixed(5));
