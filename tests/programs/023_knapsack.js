// 0/1 knapsack and unbounded knapsack via dynamic programming
const items = [
  { name: "tent", weight: 11, value: 30 },
  { name: "stove", weight: 4, value: 10 },
  { name: "water", weight: 6, value: 18 },
  { name: "food", weight: 8, value: 25 },
  { name: "camera", weight: 2, value: 9 },
  { name: "book", weight: 1, value: 2 },
  { name: "jacket", weight: 5, value: 14 },
  { name: "rope", weight: 3, value: 6 },
];

function knapsack01(items, cap) {
  const n = items.length;
  const dp = [];
  for (let i = 0; i <= n; i++) dp.push(Array(cap + 1).fill(0));
  for (let i = 1; i <= n; i++) {
    const it = items[i - 1];
    for (let w = 0; w <= cap; w++) {
      dp[i][w] = dp[i - 1][w];
      if (it.weight <= w && dp[i - 1][w - it.weight] + it.value > dp[i][w]) {
        dp[i][w] = dp[i - 1][w - it.weight] + it.value;
      }
    }
  }
  const chosen = [];
  let w = cap;
  for (let i = n; i > 0; i--) {
    if (dp[i][w] !== dp[i - 1][w]) {
      chosen.push(items[i - 1].name);
      w -= items[i - 1].weight;
    }
  }
  return { value: dp[n][cap], chosen: chosen.reverse() };
}

function unbounded(items, cap) {
  const best = Array(cap + 1).fill(0);
  for (let w = 1; w <= cap; w++) {
    items.forEach(function (it) {
      if (it.weight <= w) best[w] = Math.max(best[w], best[w - it.weight] + it.value);
    });
  }
  return best[cap];
}

[5, 10, 15, 20, 30, 50].forEach(function (cap) {
  const r = knapsack01(items, cap);
  console.log("cap " + String(cap).padStart(2) + ": value " + r.value + " [" + r.chosen.join(", ") + "]");
});
console.log("unbounded cap 20:", unbounded(items, 20));
console.log("unbounded cap 37:", unbounded(items, 37));
