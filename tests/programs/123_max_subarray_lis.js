// Kadane's maximum subarray, longest increasing subsequence, and max product
function kadane(a) {
  let best = a[0], cur = a[0], start = 0, bestStart = 0, bestEnd = 0;
  for (let i = 1; i < a.length; i++) {
    if (cur + a[i] < a[i]) { cur = a[i]; start = i; }
    else cur += a[i];
    if (cur > best) { best = cur; bestStart = start; bestEnd = i; }
  }
  return { sum: best, from: bestStart, to: bestEnd, slice: a.slice(bestStart, bestEnd + 1) };
}

function lis(a) {
  const tails = [], tailIdx = [], prev = Array(a.length).fill(-1);
  for (let i = 0; i < a.length; i++) {
    let lo = 0, hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tails[mid] < a[i]) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = a[i];
    tailIdx[lo] = i;
    prev[i] = lo > 0 ? tailIdx[lo - 1] : -1;
  }
  const seq = [];
  for (let k = tailIdx[tails.length - 1]; k !== undefined && k >= 0; k = prev[k]) seq.unshift(a[k]);
  return seq;
}

function maxProduct(a) {
  let hi = a[0], lo = a[0], best = a[0];
  for (let i = 1; i < a.length; i++) {
    const x = a[i];
    const candidates = [x, hi * x, lo * x];
    hi = Math.max.apply(null, candidates);
    lo = Math.min.apply(null, candidates);
    best = Math.max(best, hi);
  }
  return best;
}

const arrays = [
  [-2, 1, -3, 4, -1, 2, 1, -5, 4],
  [1, 2, 3, 4],
  [-3, -1, -2],
  [5, -9, 6, -2, 3],
  [2, 3, -2, 4, -1],
];
arrays.forEach(function (a) {
  const k = kadane(a);
  console.log(JSON.stringify(a) + " max sum " + k.sum + " at [" + k.from + ".." + k.to + "] = " + JSON.stringify(k.slice) + ", max product " + maxProduct(a));
});

[[10, 9, 2, 5, 3, 7, 101, 18], [0, 8, 4, 12, 2, 10, 6, 14, 1, 9, 5, 13, 3, 11, 7, 15], [5, 4, 3, 2, 1], [1, 1, 1], [3, 10, 2, 1, 20]].forEach(function (a) {
  const s = lis(a);
  console.log("LIS of " + a.join(",") + " -> length " + s.length + ": " + s.join(","));
});

// stock trading: best single buy/sell
const prices = [7, 1, 5, 3, 6, 4, 8, 2];
let minP = Infinity, bestProfit = 0, buyDay = -1, sellDay = -1, candidate = -1;
prices.forEach(function (p, d) {
  if (p < minP) { minP = p; candidate = d; }
  if (p - minP > bestProfit) { bestProfit = p - minP; buyDay = candidate; sellDay = d; }
});
console.log("buy day " + buyDay + " at " + prices[buyDay] + ", sell day " + sellDay + " at " + prices[sellDay] + ", profit " + bestProfit);
