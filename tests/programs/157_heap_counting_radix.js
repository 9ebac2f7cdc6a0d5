// Non-comparison and heap-based sorts: heap sort, counting sort, LSD radix sort, bucket sort
function heapSort(input) {
  const a = input.slice();
  const n = a.length;
  function sift(i, size) {
    while (true) {
      let big = i;
      const l = 2 * i + 1, r = l + 1;
      if (l < size && a[l] > a[big]) big = l;
      if (r < size && a[r] > a[big]) big = r;
      if (big === i) return;
      const t = a[i]; a[i] = a[big]; a[big] = t;
      i = big;
    }
  }
  for (let i = (n >> 1) - 1; i >= 0; i--) sift(i, n);
  for (let end = n - 1; end > 0; end--) {
    const t = a[0]; a[0] = a[end]; a[end] = t;
    sift(0, end);
  }
  return a;
}

function countingSort(input, max) {
  const counts = Array(max + 1).fill(0);
  input.forEach(function (x) { counts[x]++; });
  const out = [];
  counts.forEach(function (c, v) { for (let i = 0; i < c; i++) out.push(v); });
  return out;
}

function radixSort(input) {
  let a = input.slice();
  const max = Math.max.apply(null, a);
  for (let exp = 1; Math.floor(max / exp) > 0; exp *= 10) {
    const buckets = [];
    for (let d = 0; d < 10; d++) buckets.push([]);
    a.forEach(function (x) { buckets[Math.floor(x / exp) % 10].push(x); });
    a = [].concat.apply([], buckets);
  }
  return a;
}

function bucketSort(input, nb) {
  const min = Math.min.apply(null, input), max = Math.max.apply(null, input);
  const width = (max - min) / nb || 1;
  const buckets = [];
  for (let i = 0; i < nb; i++) buckets.push([]);
  input.forEach(function (x) {
    buckets[Math.min(nb - 1, Math.floor((x - min) / width))].push(x);
  });
  return buckets.reduce(function (acc, b) {
    return acc.concat(b.sort(function (x, y) { return x - y; }));
  }, []);
}

let seed = 31337;
function rnd(n) { seed = (seed * 48271) % 2147483647; return seed % n; }
const data = [];
for (let i = 0; i < 30; i++) data.push(rnd(1000));
const ref = data.slice().sort(function (a, b) { return a - b; });
console.log("input: " + data.join(" "));
console.log("sorted:" + " " + ref.join(" "));
console.log("heap ok:", heapSort(data).join() === ref.join());
console.log("counting ok:", countingSort(data, 999).join() === ref.join());
console.log("radix ok:", radixSort(data).join() === ref.join());
console.log("bucket ok:", bucketSort(data, 5).join() === ref.join());
const floats = [0.42, 0.32, 0.23, 0.52, 0.25, 0.47, 0.51, 0.05];
console.log("bucket floats:", bucketSort(floats, 4).join(" "));
console.log("grades:", countingSort([3, 1, 4, 1, 5, 2, 5, 3, 5, 0], 5).join(""));
console.log(heapSort(["pear", "apple", "fig", "kiwi"]), heapSort([]), radixSort([170, 45, 75, 90, 802, 24, 2, 66]).join(","));
