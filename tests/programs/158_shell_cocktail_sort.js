// Shell sort with different gap sequences and cocktail shaker sort, counting operations
function shellSort(input, gaps) {
  const a = input.slice();
  let moves = 0;
  gaps.forEach(function (gap) {
    for (let i = gap; i < a.length; i++) {
      const tmp = a[i];
      let j = i;
      while (j >= gap && a[j - gap] > tmp) {
        a[j] = a[j - gap];
        j -= gap;
        moves++;
      }
      a[j] = tmp;
    }
  });
  return { a: a, moves: moves };
}

function shellGaps(n) {
  const g = [];
  for (let h = n >> 1; h > 0; h >>= 1) g.push(h);
  return g;
}

function knuthGaps(n) {
  const g = [];
  for (let h = 1; h < n; h = 3 * h + 1) g.unshift(h);
  return g.length ? g : [1];
}

function ciuraGaps(n) {
  return [701, 301, 132, 57, 23, 10, 4, 1].filter(function (g) { return g < n || g === 1; });
}

function cocktail(input) {
  const a = input.slice();
  let swaps = 0, passes = 0;
  let lo = 0, hi = a.length - 1, swapped = true;
  while (swapped) {
    swapped = false;
    passes++;
    for (let i = lo; i < hi; i++) {
      if (a[i] > a[i + 1]) { const t = a[i]; a[i] = a[i + 1]; a[i + 1] = t; swaps++; swapped = true; }
    }
    hi--;
    for (let i = hi; i > lo; i--) {
      if (a[i - 1] > a[i]) { const t = a[i]; a[i] = a[i - 1]; a[i - 1] = t; swaps++; swapped = true; }
    }
    lo++;
  }
  return { a: a, swaps: swaps, passes: passes };
}

let s = 7;
function next() { s = (s * 16807) % 2147483647; return s % 500; }
const data = [];
for (let i = 0; i < 300; i++) data.push(next());
const ref = data.slice().sort(function (x, y) { return x - y; }).join();

[["shell", shellGaps], ["knuth", knuthGaps], ["ciura", ciuraGaps]].forEach(function (p) {
  const gaps = p[1](data.length);
  const r = shellSort(data, gaps);
  console.log(p[0].padEnd(6) + " gaps [" + gaps.join(",") + "] moves " + r.moves + " ok " + (r.a.join() === ref));
});
const ins = shellSort(data, [1]);
console.log("plain insertion moves " + ins.moves);
const c = cocktail(data);
console.log("cocktail swaps " + c.swaps + " passes " + c.passes + " ok " + (c.a.join() === ref));
const nearly = [];
for (let i = 0; i < 50; i++) nearly.push(i);
nearly[10] = 49; nearly[49] = 10;
const cn = cocktail(nearly);
console.log("nearly sorted cocktail: swaps " + cn.swaps + " passes " + cn.passes);
console.log(shellSort([5, 2, 9, 1, 5, 6], [3, 1]).a.join(" "));
