// Iterator objects built by hand (next/done protocol) and lazy pipelines over them
function range(start, end, step) {
  let cur = start;
  step = step || 1;
  return {
    next: function () {
      if ((step > 0 && cur >= end) || (step < 0 && cur <= end)) return { done: true, value: undefined };
      const v = cur;
      cur += step;
      return { done: false, value: v };
    },
  };
}

function fromArray(arr) {
  let i = 0;
  return { next: function () { return i < arr.length ? { done: false, value: arr[i++] } : { done: true, value: undefined }; } };
}

function map(it, f) {
  return { next: function () { const r = it.next(); return r.done ? r : { done: false, value: f(r.value) }; } };
}

function filter(it, p) {
  return {
    next: function () {
      for (;;) {
        const r = it.next();
        if (r.done || p(r.value)) return r;
      }
    },
  };
}

function take(it, n) {
  let count = 0;
  return { next: function () { return count++ < n ? it.next() : { done: true, value: undefined }; } };
}

function zip(a, b) {
  return {
    next: function () {
      const x = a.next(), y = b.next();
      return x.done || y.done ? { done: true, value: undefined } : { done: false, value: [x.value, y.value] };
    },
  };
}

function toArray(it) {
  const out = [];
  for (let r = it.next(); !r.done; r = it.next()) out.push(r.value);
  return out;
}

function naturals() {
  let n = 0;
  return { next: function () { return { done: false, value: n++ }; } };
}

let evaluated = 0;
const squaresOfOdds = take(map(filter(naturals(), function (n) { evaluated++; return n % 2 === 1; }), function (n) { return n * n; }), 5);
console.log(toArray(squaresOfOdds), "evaluated:", evaluated);
console.log(toArray(range(0, 10, 3)), toArray(range(5, 0, -2)), toArray(range(3, 3)));
console.log(JSON.stringify(toArray(zip(fromArray(["a", "b", "c"]), range(1, 100)))));

function primes() {
  const found = [];
  const nat = filter(naturals(), function (n) { return n >= 2; });
  return filter(nat, function (n) {
    for (let i = 0; i < found.length && found[i] * found[i] <= n; i++) if (n % found[i] === 0) return false;
    found.push(n);
    return true;
  });
}
console.log("first primes:", toArray(take(primes(), 15)).join(" "));

function fibs() {
  let a = 0, b = 1;
  return { next: function () { const v = a; a = b; b = v + b; return { done: false, value: v }; } };
}
console.log("even fibs:", toArray(take(filter(fibs(), function (x) { return x % 2 === 0; }), 10)).join(" "));
const it = fromArray([1]);
console.log(it.next(), it.next(), it.next().done);
