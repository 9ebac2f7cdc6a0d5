// Memoization helpers applied to expensive recursive functions
function memoize(fn) {
  const cache = {};
  let hits = 0, misses = 0;
  const wrapped = function () {
    const key = Array.prototype.join.call(arguments, "|");
    if (Object.prototype.hasOwnProperty.call(cache, key)) {
      hits++;
      return cache[key];
    }
    misses++;
    const v = fn.apply(this, arguments);
    cache[key] = v;
    return v;
  };
  wrapped.stats = function () { return { hits: hits, misses: misses }; };
  return wrapped;
}

let rawCalls = 0;
function slowFib(n) {
  rawCalls++;
  return n < 2 ? n : slowFib(n - 1) + slowFib(n - 2);
}
slowFib(20);
console.log("raw fib(20) calls:", rawCalls);

const fastFib = memoize(function (n) {
  return n < 2 ? n : fastFib(n - 1) + fastFib(n - 2);
});
console.log("memo fib(80):", fastFib(80), fastFib.stats());

const gridPaths = memoize(function (r, c) {
  if (r === 0 || c === 0) return 1;
  return gridPaths(r - 1, c) + gridPaths(r, c - 1);
});
console.log("grid paths 16x16:", gridPaths(16, 16), gridPaths.stats());

const partitions = memoize(function (n, max) {
  if (n === 0) return 1;
  if (n < 0 || max === 0) return 0;
  return partitions(n - max, max) + partitions(n, max - 1);
});
[5, 10, 50, 100].forEach(function (n) {
  console.log("p(" + n + ") =", partitions(n, n));
});

const catalan = memoize(function (n) {
  if (n <= 1) return 1;
  let s = 0;
  for (let i = 0; i < n; i++) s += catalan(i) * catalan(n - 1 - i);
  return s;
});
const cats = [];
for (let i = 0; i <= 15; i++) cats.push(catalan(i));
console.log("catalan:", cats.join(" "));

const obj = {
  base: 7,
  scaled: memoize(function (x) { return this.base * x; }),
};
console.log(obj.scaled(6), obj.scaled(6), obj.scaled.stats());
