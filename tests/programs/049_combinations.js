// Combinations, power sets and subset sums
function combinations(arr, k) {
  const out = [];
  const cur = [];
  function go(start) {
    if (cur.length === k) { out.push(cur.slice()); return; }
    for (let i = start; i < arr.length; i++) {
      cur.push(arr[i]);
      go(i + 1);
      cur.pop();
    }
  }
  go(0);
  return out;
}

function powerSet(arr) {
  const out = [];
  for (let mask = 0; mask < (1 << arr.length); mask++) {
    const s = [];
    for (let i = 0; i < arr.length; i++) if (mask & (1 << i)) s.push(arr[i]);
    out.push(s);
  }
  return out;
}

function binomial(n, k) {
  let r = 1;
  for (let i = 1; i <= k; i++) r = r * (n - i + 1) / i;
  return Math.round(r);
}

function subsetSums(nums, target) {
  const result = [];
  function go(i, chosen, sum) {
    if (sum === target) { result.push(chosen.join("+")); return; }
    if (i >= nums.length || sum > target) return;
    go(i + 1, chosen.concat(nums[i]), sum + nums[i]);
    go(i + 1, chosen, sum);
  }
  go(0, [], 0);
  return result;
}

console.log(combinations(["a", "b", "c", "d", "e"], 3).map(function (c) { return c.join(""); }).join(" "));
console.log(JSON.stringify(powerSet([1, 2, 3])));
for (let n = 0; n <= 8; n++) {
  const row = [];
  for (let k = 0; k <= n; k++) row.push(binomial(n, k));
  console.log(" ".repeat((8 - n) * 2) + row.map(function (x) { return String(x).padStart(4); }).join(""));
}
console.log("C(52,5) =", binomial(52, 5), "check:", combinations([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 4).length === binomial(10, 4));
console.log("subsets of [3,34,4,12,5,2] summing to 9:", subsetSums([3, 34, 4, 12, 5, 2], 9));
console.log("subsets of 1..10 summing to 15:", subsetSums([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 15).length);
