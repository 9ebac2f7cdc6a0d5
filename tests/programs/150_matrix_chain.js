// Dynamic programming classics: matrix chain order, rod cutting, egg drop
function matrixChain(dims) {
  const n = dims.length - 1;
  const cost = [], split = [];
  for (let i = 0; i < n; i++) { cost.push(Array(n).fill(0)); split.push(Array(n).fill(0)); }
  for (let len = 2; len <= n; len++) {
    for (let i = 0; i + len - 1 < n; i++) {
      const j = i + len - 1;
      cost[i][j] = Infinity;
      for (let k = i; k < j; k++) {
        const c = cost[i][k] + cost[k + 1][j] + dims[i] * dims[k + 1] * dims[j + 1];
        if (c < cost[i][j]) { cost[i][j] = c; split[i][j] = k; }
      }
    }
  }
  function paren(i, j) {
    if (i === j) return "M" + (i + 1);
    return "(" + paren(i, split[i][j]) + " x " + paren(split[i][j] + 1, j) + ")";
  }
  return { cost: cost[0][n - 1], order: paren(0, n - 1) };
}

function rodCutting(prices, n) {
  const best = Array(n + 1).fill(0), cut = Array(n + 1).fill(0);
  for (let len = 1; len <= n; len++) {
    for (let c = 1; c <= Math.min(len, prices.length); c++) {
      const v = prices[c - 1] + best[len - c];
      if (v > best[len]) { best[len] = v; cut[len] = c; }
    }
  }
  const pieces = [];
  for (let r = n; r > 0; r -= cut[r]) pieces.push(cut[r]);
  return { value: best[n], pieces: pieces };
}

function eggDrop(eggs, floors) {
  // dp[m][e] = floors coverable with m moves and e eggs
  const dp = [Array(eggs + 1).fill(0)];
  let m = 0;
  while (dp[m][eggs] < floors) {
    m++;
    dp.push(Array(eggs + 1).fill(0));
    for (let e = 1; e <= eggs; e++) dp[m][e] = dp[m - 1][e - 1] + dp[m - 1][e] + 1;
  }
  return m;
}

[[10, 30, 5, 60], [40, 20, 30, 10, 30], [1, 2, 3, 4, 3], [30, 35, 15, 5, 10, 20, 25]].forEach(function (d) {
  const r = matrixChain(d);
  console.log("dims " + d.join("x") + ": cost " + r.cost + " order " + r.order);
});
const prices = [1, 5, 8, 9, 10, 17, 17, 20];
[4, 8, 10, 13].forEach(function (n) {
  const r = rodCutting(prices, n);
  console.log("rod " + n + ": value " + r.value + " pieces " + r.pieces.join("+"));
});
[[1, 10], [2, 10], [2, 100], [3, 100], [4, 5000]].forEach(function (p) {
  console.log(p[0] + " eggs, " + p[1] + " floors: " + eggDrop(p[0], p[1]) + " drops");
});
