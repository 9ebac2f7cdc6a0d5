// Coin change: number of ways, minimum coins, and greedy comparison
function countWays(coins, amount) {
  const ways = Array(amount + 1).fill(0);
  ways[0] = 1;
  coins.forEach(function (c) {
    for (let a = c; a <= amount; a++) ways[a] += ways[a - c];
  });
  return ways[amount];
}

function minCoins(coins, amount) {
  const best = Array(amount + 1).fill(Infinity);
  const pick = Array(amount + 1).fill(-1);
  best[0] = 0;
  for (let a = 1; a <= amount; a++) {
    for (let i = 0; i < coins.length; i++) {
      const c = coins[i];
      if (c <= a && best[a - c] + 1 < best[a]) {
        best[a] = best[a - c] + 1;
        pick[a] = c;
      }
    }
  }
  if (best[amount] === Infinity) return null;
  const used = [];
  for (let a = amount; a > 0; a -= pick[a]) used.push(pick[a]);
  return used;
}

function greedy(coins, amount) {
  const sorted = coins.slice().sort(function (a, b) { return b - a; });
  const used = [];
  for (let i = 0; i < sorted.length; i++) {
    while (amount >= sorted[i]) {
      amount -= sorted[i];
      used.push(sorted[i]);
    }
  }
  return amount === 0 ? used : null;
}

const euro = [1, 2, 5, 10, 20, 50, 100, 200];
console.log("ways to make 200 with euro coins:", countWays(euro, 200));
console.log("ways to make 100 with [1,5,10,25,50]:", countWays([1, 5, 10, 25, 50], 100));
const odd = [1, 3, 4];
[6, 10, 13].forEach(function (amt) {
  const dp = minCoins(odd, amt);
  const g = greedy(odd, amt);
  console.log("amount " + amt + ": dp=" + JSON.stringify(dp) + " greedy=" + JSON.stringify(g));
});
console.log("min coins for 7 using [2,4]:", minCoins([2, 4], 7));
console.log("greedy 7 with [2,4]:", greedy([2, 4], 7));
console.log("euro 289:", minCoins(euro, 289).join("+"));
