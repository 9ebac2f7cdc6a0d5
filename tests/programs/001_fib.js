// Fibonacci numbers: recursive, iterative and memoized
function fibRec(n) {
  if (n < 2) return n;
  return fibRec(n - 1) + fibRec(n - 2);
}

function fibIter(n) {
  let a = 0, b = 1;
  for (let i = 0; i < n; i++) {
    const t = a + b;
    a = b;
    b = t;
  }
  return a;
}

function makeMemoFib() {
  const cache = {};
  function fib(n) {
    if (n in cache) return cache[n];
    const v = n < 2 ? n : fib(n - 1) + fib(n - 2);
    cache[n] = v;
    return v;
  }
  return fib;
}

const memo = makeMemoFib();
for (let i = 0; i <= 15; i++) {
  console.log(`fib(${i}) = ${fibRec(i)} ${fibIter(i)} ${memo(i)}`);
}
console.log("fib(50) =", memo(50));
console.log("fib(70) =", fibIter(70));
const seq = [];
for (let i = 0; i < 10; i++) seq.push(fibIter(i));
console.log(seq.join(", "));
console.log(seq.slice(0, 6));
