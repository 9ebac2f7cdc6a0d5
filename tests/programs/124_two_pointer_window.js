// Hash lookups, two pointers and sliding windows on arrays and strings
function twoSum(nums, target) {
  const seen = {};
  for (let i = 0; i < nums.length; i++) {
    const need = target - nums[i];
    if (seen.hasOwnProperty(need)) return [seen[need], i];
    seen[nums[i]] = i;
  }
  return null;
}

function threeSum(nums) {
  const a = nums.slice().sort(function (x, y) { return x - y; });
  const out = [];
  for (let i = 0; i < a.length - 2; i++) {
    if (i > 0 && a[i] === a[i - 1]) continue;
    let l = i + 1, r = a.length - 1;
    while (l < r) {
      const s = a[i] + a[l] + a[r];
      if (s === 0) {
        out.push([a[i], a[l], a[r]]);
        while (l < r && a[l] === a[l + 1]) l++;
        while (l < r && a[r] === a[r - 1]) r--;
        l++; r--;
      } else if (s < 0) l++;
      else r--;
    }
  }
  return out;
}

function longestUniqueSubstring(s) {
  const last = {};
  let start = 0, best = "", bestLen = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (last[c] !== undefined && last[c] >= start) start = last[c] + 1;
    last[c] = i;
    if (i - start + 1 > bestLen) {
      bestLen = i - start + 1;
      best = s.slice(start, i + 1);
    }
  }
  return best;
}

function minWindow(s, t) {
  const need = {};
  for (let i = 0; i < t.length; i++) need[t[i]] = (need[t[i]] || 0) + 1;
  let missing = t.length, l = 0, bestL = 0, bestR = Infinity;
  for (let r = 0; r < s.length; r++) {
    if (need[s[r]] > 0) missing--;
    need[s[r]] = (need[s[r]] || 0) - 1;
    while (missing === 0) {
      if (r - l < bestR - bestL) { bestL = l; bestR = r; }
      need[s[l]]++;
      if (need[s[l]] > 0) missing++;
      l++;
    }
  }
  return bestR === Infinity ? "" : s.slice(bestL, bestR + 1);
}

function maxSumWindow(a, k) {
  let sum = 0;
  for (let i = 0; i < k; i++) sum += a[i];
  let best = sum, at = 0;
  for (let i = k; i < a.length; i++) {
    sum += a[i] - a[i - k];
    if (sum > best) { best = sum; at = i - k + 1; }
  }
  return { sum: best, at: at };
}

console.log(twoSum([2, 7, 11, 15], 9), twoSum([3, 2, 4], 6), twoSum([1, 2, 3], 100));
console.log(JSON.stringify(threeSum([-1, 0, 1, 2, -1, -4])), JSON.stringify(threeSum([0, 0, 0, 0])));
["abcabcbb", "bbbbb", "pwwkew", "", "kilnjavascript"].forEach(function (s) {
  console.log(JSON.stringify(s) + " -> " + JSON.stringify(longestUniqueSubstring(s)));
});
console.log(minWindow("ADOBECODEBANC", "ABC"), JSON.stringify(minWindow("a", "aa")), minWindow("thisisateststring", "tist"));
console.log(maxSumWindow([1, 4, 2, 10, 23, 3, 1, 0, 20], 4), maxSumWindow([5, -1, -2, 8, -3], 2));
