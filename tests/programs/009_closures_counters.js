// Closures: counters, accumulators and function factories
function makeCounter(start, step) {
  let count = start;
  return {
    next: function () { count += step; return count; },
    reset: function () { count = start; return count; },
    get value() { return count; },
  };
}

const c1 = makeCounter(0, 1);
const c2 = makeCounter(100, -10);
for (let i = 0; i < 3; i++) {
  console.log("c1:", c1.next(), "c2:", c2.next());
}
console.log("values:", c1.value, c2.value);
c1.reset();
console.log("after reset:", c1.value);

// per-iteration bindings with let
const fns = [];
for (let i = 0; i < 4; i++) {
  fns.push(function () { return i * i; });
}
console.log(fns.map(function (f) { return f(); }).join(","));

// var shares binding
const vfns = [];
for (var j = 0; j < 4; j++) {
  vfns.push(function () { return j; });
}
console.log(vfns.map(function (f) { return f(); }).join(","));

function adder(x) {
  return function (y) {
    return function (z) { return x + y + z; };
  };
}
console.log(adder(1)(2)(3), adder("a")("b")("c"));

function once(fn) {
  let done = false, result;
  return function () {
    if (!done) {
      done = true;
      result = fn.apply(this, arguments);
    }
    return result;
  };
}
const init = once(function (n) { console.log("initializing with", n); return n * 2; });
console.log(init(5), init(6), init(7));

const compose = function () {
  const fs = Array.prototype.slice.call(arguments);
  return function (x) {
    return fs.reduceRight(function (acc, f) { return f(acc); }, x);
  };
};
const inc = (x) => x + 1;
const dbl = (x) => x * 2;
console.log(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7));
