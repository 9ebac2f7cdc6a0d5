// Classic sorting algorithms compared against Array.prototype.sort
function bubbleSort(arr) {
  const a = arr.slice();
  let swaps = 0;
  for (let i = 0; i < a.length; i++) {
    let swapped = false;
    for (let j = 0; j < a.length - 1 - i; j++) {
      if (a[j] > a[j + 1]) {
        const t = a[j]; a[j] = a[j + 1]; a[j + 1] = t;
        swaps++;
        swapped = true;
      }
    }
    if (!swapped) break;
  }
  return { sorted: a, swaps: swaps };
}

function insertionSort(arr) {
  const a = arr.slice();
  let shifts = 0;
  for (let i = 1; i < a.length; i++) {
    const key = a[i];
    let j = i - 1;
    while (j >= 0 && a[j] > key) {
      a[j + 1] = a[j];
      j--;
      shifts++;
    }
    a[j + 1] = key;
  }
  return { sorted: a, shifts: shifts };
}

function selectionSort(arr) {
  const a = arr.slice();
  for (let i = 0; i < a.length; i++) {
    let m = i;
    for (let j = i + 1; j < a.length; j++) if (a[j] < a[m]) m = j;
    if (m !== i) { const t = a[i]; a[i] = a[m]; a[m] = t; }
  }
  return a;
}

let seed = 12345;
function rand() {
  seed = (seed * 16807) % 2147483647;
  return seed;
}
const data = [];
for (let i = 0; i < 20; i++) data.push(rand() % 100);
console.log("input:    " + data.join(" "));
const b = bubbleSort(data);
const ins = insertionSort(data);
const sel = selectionSort(data);
const builtin = data.slice().sort(function (x, y) { return x - y; });
console.log("bubble:   " + b.sorted.join(" ") + " swaps=" + b.swaps);
console.log("insert:   " + ins.sorted.join(" ") + " shifts=" + ins.shifts);
console.log("select:   " + sel.join(" "));
console.log("builtin:  " + builtin.join(" "));
console.log("agree:", b.sorted.join() === builtin.join() && sel.join() === ins.sorted.join());
console.log("default sort (lexicographic):", [10, 9, 1, 100, 25].sort());
