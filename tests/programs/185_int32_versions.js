// Functions called directly get an int32 version of their body (entered
// when their numeric parameters are int32s). Everything here must give
// exactly what the generic code gives: int32 overflow and -0 leave for
// doubles, other arguments take the generic path, and stack traces,
// handlers and stack overflow are unchanged.
"use strict";

function add(a, b) {
  return a + b;
}
function sub(a, b) {
  return a - b;
}
function mul(a, b) {
  return a * b;
}
function rem(a, b) {
  return a % b;
}
const show = (x) => (Object.is(x, -0) ? "-0" : String(x));

console.log("add", show(add(1, 2)), show(add(2147483647, 1)), show(add(-2147483648, -1)), show(add(-2147483648, -2147483648)));
console.log("sub", show(sub(5, 7)), show(sub(-2147483648, 1)), show(sub(2147483647, -1)), show(sub(0, 0)));
console.log("mul", show(mul(6, 7)), show(mul(65536, 65536)), show(mul(-65536, 65536)), show(mul(46341, 46341)));
console.log("mul -0", show(mul(0, -5)), show(mul(-5, 0)), show(mul(0, 0)), 1 / mul(-3, 0));
console.log("rem", show(rem(7, 3)), show(rem(-7, 3)), show(rem(7, -3)), show(rem(-4, 2)), show(rem(5, 0)), show(rem(-2147483648, -1)));

// Non-int32 arguments: doubles, -0, strings, booleans, undefined, objects.
console.log("args", show(add(0.5, 1)), show(add(-0, -0)), add("1", 2), add(true, 2), add(undefined, 1), add(1));
let calls = 0;
const obj = {
  valueOf() {
    calls++;
    return 10;
  },
};
function fib(n) {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}
console.log("fib", fib(20), fib(obj), calls, fib(2.5), fib("12"), fib(true), show(fib(-0)), fib(-3));

// An overflow in the middle of a function: the rest runs on doubles.
function after(n) {
  const m = n + 1;
  const d = m * 2;
  let s = 0;
  for (let i = m - 3; i < m; i++) s += i;
  return [m, d, s, m === 2147483648, m > 2147483647, typeof m];
}
console.log("after", after(5).join(" "), after(2147483647).join(" "), after(-2147483649).join(" "));

// Loop counters and sums that cross 2^31 inside the int32 version.
function sumTo(n) {
  let s = 0;
  for (let i = 0; i < n; i++) s += i;
  return s;
}
function countUp(from, steps) {
  let i = from;
  for (let k = 0; k < steps; k++) i++;
  return i;
}
function countDown(from, steps) {
  let i = from;
  for (let k = 0; k < steps; k++) --i;
  return i;
}
console.log("loops", sumTo(10), sumTo(70000), sumTo(100000), countUp(2147483645, 5), countDown(-2147483646, 5));

// Bitwise operators and shifts stay int32; >>> and / do not.
function bits(a, b) {
  return [a & b, a | b, a ^ b, a << b, a >> b, a >>> b, a / b, a == b, a != b, a === b, a <= b, a >= b];
}
console.log("bits", bits(-5, 3).join(" "), bits(1, 31).join(" "), bits(-1, 33).join(" "), bits(7, 7).join(" "));

// Parameters that are not used as numbers are not checked.
function mix(a, s) {
  return s + a * 2;
}
console.log("mix", mix(3, "x"), mix(4, 1), mix(2147483647, ""));

// More parameters than argument registers.
function many(a, b, c, d, e, f, g, h, i) {
  return a + b + c + d + e + f + g + h + i;
}
console.log("many", many(1, 2, 3, 4, 5, 6, 7, 8, 9), many(2147483647, 1, 1, 1, 1, 1, 1, 1, 1), many(1, 2, 3, 4, 5, 6, 7, 8, "9"));

// Exceptions from inside the int32 version reach handlers.
function caught(n) {
  try {
    if (n > 2) throw n * 2;
    return n + 1;
  } catch (e) {
    return e + n;
  }
}
console.log("caught", caught(1), caught(5), caught(1073741824));

// Functions reassigned after being called.
function twice(n) {
  return n * 2;
}
console.log("twice", twice(21));
twice = function (n) {
  return n + 100;
};
console.log("twice again", twice(21));
function countdown(n) {
  if (n === 3) countdown = () => 1000;
  return n <= 0 ? 0 : countdown(n - 1) + 1;
}
console.log("countdown", countdown(5), countdown(5));

// Closures over an environment.
function counterFrom(start) {
  let c = start;
  function step(k) {
    c = c + k;
    return c;
  }
  return [step(1), step(2), step(2147483647)];
}
console.log("closure", counterFrom(5).join(" "));

// Stack traces through the int32 version and after leaving it.
function frames(e) {
  return e.stack
    .split("\n")
    .filter((l) => l.includes("185_int32_versions.js"))
    .map((l) => l.slice(l.indexOf("185_int32_versions.js")).replace(")", ""));
}
function thrower(n) {
  if (n < 1) throw new Error("bottom " + n);
  return thrower(n - 1) + 1;
}
function big(n) {
  const m = n + 1;
  if (m > 2147483647) throw new RangeError("big " + m);
  return m;
}
for (const f of [() => thrower(3), () => big(2147483647), () => many(1, 2, 3, 4, 5, 6, 7, 8, { valueOf: () => thrower(0) })]) {
  try {
    f();
  } catch (e) {
    console.log(e.message, frames(e).join(" < "));
  }
}

// Deep recursion is still a RangeError.
function deep(n) {
  return n === 0 ? 0 : deep(n - 1) + 1;
}
try {
  console.log(deep(1e7));
} catch (e) {
  console.log("deep", e instanceof RangeError, e.message);
}
console.log("deep ok", deep(1000));
