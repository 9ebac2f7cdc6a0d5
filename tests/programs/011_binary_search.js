// Binary search variants over sorted arrays
function binarySearch(arr, target) {
  let lo = 0, hi = arr.length - 1, steps = 0;
  while (lo <= hi) {
    steps++;
    const mid = (lo + hi) >>> 1;
    if (arr[mid] === target) return { index: mid, steps: steps };
    if (arr[mid] < target) lo = mid + 1;
    else hi = mid - 1;
  }
  return { index: -1, steps: steps };
}

function lowerBound(arr, target) {
  let lo = 0, hi = arr.length;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (arr[mid] < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function upperBound(arr, target) {
  let lo = 0, hi = arr.length;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (arr[mid] <= target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function intSqrt(n) {
  let lo = 0, hi = n;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (mid * mid <= n) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

const arr = [];
for (let i = 0; i < 100; i++) arr.push(i * 3);
[0, 27, 150, 297, 298, -5, 1000].forEach(function (t) {
  const r = binarySearch(arr, t);
  console.log("search " + t + ": index=" + r.index + " steps=" + r.steps);
});

const dups = [1, 2, 2, 2, 3, 5, 5, 8, 8, 8, 8, 13];
[2, 5, 8, 4, 0, 20].forEach(function (t) {
  const l = lowerBound(dups, t), u = upperBound(dups, t);
  console.log("value " + t + ": range [" + l + ", " + u + ") count=" + (u - l));
});

[0, 1, 15, 16, 17, 99, 100, 1000000, 2147395600].forEach(function (n) {
  console.log("isqrt(" + n + ") = " + intSqrt(n));
});
