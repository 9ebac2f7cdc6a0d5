// Merge sort (top-down and bottom-up) with stable ordering of records
function mergeSort(arr, cmp) {
  if (arr.length <= 1) return arr.slice();
  const mid = arr.length >> 1;
  const left = mergeSort(arr.slice(0, mid), cmp);
  const right = mergeSort(arr.slice(mid), cmp);
  return merge(left, right, cmp);
}

function merge(a, b, cmp) {
  const out = [];
  let i = 0, j = 0;
  while (i < a.length && j < b.length) {
    if (cmp(b[j], a[i]) < 0) out.push(b[j++]);
    else out.push(a[i++]);
  }
  while (i < a.length) out.push(a[i++]);
  while (j < b.length) out.push(b[j++]);
  return out;
}

function bottomUp(arr, cmp) {
  let cur = arr.slice();
  for (let width = 1; width < cur.length; width *= 2) {
    const next = [];
    for (let i = 0; i < cur.length; i += 2 * width) {
      const merged = merge(cur.slice(i, i + width), cur.slice(i + width, i + 2 * width), cmp);
      for (let k = 0; k < merged.length; k++) next.push(merged[k]);
    }
    cur = next;
  }
  return cur;
}

const numCmp = function (a, b) { return a - b; };
const nums = [38, 27, 43, 3, 9, 82, 10, 3, 55, -4, 0, 17];
console.log(mergeSort(nums, numCmp).join(" "));
console.log(bottomUp(nums, numCmp).join(" "));
console.log(mergeSort(nums, function (a, b) { return b - a; }).join(" "));

const people = [
  { name: "Ann", age: 31 }, { name: "Bob", age: 25 }, { name: "Cid", age: 31 },
  { name: "Dee", age: 22 }, { name: "Eve", age: 25 }, { name: "Fay", age: 31 },
];
const byAge = mergeSort(people, function (a, b) { return a.age - b.age; });
console.log(byAge.map(function (p) { return p.name + ":" + p.age; }).join(", "));
const byAge2 = bottomUp(people, function (a, b) { return a.age - b.age; });
console.log(byAge2.map(function (p) { return p.name; }).join(""));

const words = "the quick brown fox jumps over the lazy dog".split(" ");
console.log(mergeSort(words, function (a, b) { return a.length - b.length; }).join(" "));
console.log(mergeSort(words, function (a, b) { return a < b ? -1 : a > b ? 1 : 0; }).join(","));
