// Generating permutations: recursive, Heap's algorithm, next lexicographic
function permutations(arr) {
  if (arr.length <= 1) return [arr.slice()];
  const out = [];
  for (let i = 0; i < arr.length; i++) {
    const rest = arr.slice(0, i).concat(arr.slice(i + 1));
    permutations(rest).forEach(function (p) {
      out.push([arr[i]].concat(p));
    });
  }
  return out;
}

function heaps(arr) {
  const a = arr.slice();
  const out = [a.join("")];
  const c = Array(a.length).fill(0);
  let i = 0;
  while (i < a.length) {
    if (c[i] < i) {
      const j = i % 2 === 0 ? 0 : c[i];
      const t = a[j]; a[j] = a[i]; a[i] = t;
      out.push(a.join(""));
      c[i]++;
      i = 0;
    } else {
      c[i] = 0;
      i++;
    }
  }
  return out;
}

function nextPermutation(a) {
  let i = a.length - 2;
  while (i >= 0 && a[i] >= a[i + 1]) i--;
  if (i < 0) return false;
  let j = a.length - 1;
  while (a[j] <= a[i]) j--;
  let t = a[i]; a[i] = a[j]; a[j] = t;
  for (let l = i + 1, r = a.length - 1; l < r; l++, r--) {
    t = a[l]; a[l] = a[r]; a[r] = t;
  }
  return true;
}

console.log(permutations([1, 2, 3]).map(function (p) { return p.join(""); }).join(" "));
console.log(heaps(["a", "b", "c", "d"]).join(" "));
const word = "aabc".split("");
const distinct = [];
do { distinct.push(word.join("")); } while (nextPermutation(word));
console.log(distinct.length + ": " + distinct.join(" "));

// find the millionth lexicographic permutation of 0..9 using factoradic
function nthPermutation(digits, n) {
  const pool = digits.slice();
  let result = "";
  const fact = [1];
  for (let i = 1; i <= pool.length; i++) fact[i] = fact[i - 1] * i;
  for (let k = pool.length - 1; k >= 0; k--) {
    const idx = Math.floor(n / fact[k]);
    n %= fact[k];
    result += pool.splice(idx, 1)[0];
  }
  return result;
}
console.log("millionth:", nthPermutation([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 999999));
console.log("count of 6:", permutations([1, 2, 3, 4, 5, 6]).length);
