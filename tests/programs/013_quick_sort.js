// In-place quicksort (Lomuto and Hoare) with comparison counting
let comparisons = 0;

function lomuto(a, lo, hi) {
  const pivot = a[hi];
  let i = lo;
  for (let j = lo; j < hi; j++) {
    comparisons++;
    if (a[j] < pivot) {
      const t = a[i]; a[i] = a[j]; a[j] = t;
      i++;
    }
  }
  const t = a[i]; a[i] = a[hi]; a[hi] = t;
  return i;
}

function quickSortLomuto(a, lo, hi) {
  if (lo < hi) {
    const p = lomuto(a, lo, hi);
    quickSortLomuto(a, lo, p - 1);
    quickSortLomuto(a, p + 1, hi);
  }
}

function hoare(a, lo, hi) {
  const pivot = a[(lo + hi) >> 1];
  let i = lo - 1, j = hi + 1;
  while (true) {
    do { i++; comparisons++; } while (a[i] < pivot);
    do { j--; comparisons++; } while (a[j] > pivot);
    if (i >= j) return j;
    const t = a[i]; a[i] = a[j]; a[j] = t;
  }
}

function quickSortHoare(a, lo, hi) {
  if (lo < hi) {
    const p = hoare(a, lo, hi);
    quickSortHoare(a, lo, p);
    quickSortHoare(a, p + 1, hi);
  }
}

function lcg(seed) {
  let s = seed;
  return function () {
    s = (s * 16807) % 2147483647;
    return s;
  };
}

const rnd = lcg(42);
const base = [];
for (let i = 0; i < 200; i++) base.push(rnd() % 1000);

const a1 = base.slice();
comparisons = 0;
quickSortLomuto(a1, 0, a1.length - 1);
console.log("lomuto comparisons:", comparisons);
const a2 = base.slice();
comparisons = 0;
quickSortHoare(a2, 0, a2.length - 1);
console.log("hoare comparisons:", comparisons);
const ref = base.slice().sort(function (x, y) { return x - y; });
console.log("lomuto ok:", a1.join() === ref.join());
console.log("hoare ok:", a2.join() === ref.join());
console.log("first 10:", a1.slice(0, 10).join(" "));
console.log("last 10:", a2.slice(-10).join(" "));
const sorted = [];
for (let i = 0; i < 50; i++) sorted.push(i);
comparisons = 0;
quickSortHoare(sorted, 0, sorted.length - 1);
console.log("sorted input comparisons (hoare):", comparisons);
