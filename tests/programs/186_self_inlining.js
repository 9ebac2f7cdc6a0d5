// Self-recursive calls are inlined one level deep by the compiler. Nothing
// about that may be observable: handlers, `this`, missing and extra
// arguments, side effects, stack traces and stack overflow are those of
// real calls. (Sloppy mode on purpose: `this` is the global object.)

function withTry(n) {
  try {
    if (n === 2) throw new Error("two");
    return n <= 0 ? 0 : withTry(n - 1) + 1;
  } catch (e) {
    return -100 + n;
  }
}
console.log("handler in callee", withTry(5), withTry(1));

function catchBelow(n) {
  if (n === 0) throw new Error("zero");
  let r;
  try {
    r = catchBelow(n - 1);
  } catch (e) {
    return "caught at " + n + ": " + e.message;
  }
  return r;
}
console.log("handler in caller", catchBelow(1), catchBelow(4));

function sloppyThis(n) {
  return n <= 0 ? typeof this + " " + (this === globalThis) : sloppyThis(n - 1);
}
function strictThis(n) {
  "use strict";
  return n <= 0 ? typeof this : strictThis(n - 1);
}
console.log("this", sloppyThis(3), strictThis(3));

function missing(a, b) {
  return a <= 0 ? String(b) + " " + typeof b : missing(a - 1);
}
const order = [];
function extra(n) {
  return n <= 0 ? order.length : extra(n - 1, order.push("side " + n), order.push("more " + n));
}
console.log("arguments", missing(3, 1), missing(0, 1), extra(3), order.join(","));

function sum(n) {
  let s = 0;
  for (let i = 0; i < n; i++) s += sum(i);
  return s + 1;
}
console.log("loop", sum(10), sum(15));

function captured(n) {
  const k = () => n;
  return n <= 0 ? k() : captured(n - 1) + k();
}
function withArguments(n) {
  return n <= 0 ? arguments.length : withArguments(n - 1, 1, 2);
}
function target(n) {
  return n <= 0 ? String(new.target) : target(n - 1);
}
console.log("not inlined", captured(4), withArguments(3), target(2), new target(0) instanceof target);

function ack(m, n) {
  return m === 0 ? n + 1 : n === 0 ? ack(m - 1, 1) : ack(m - 1, ack(m, n - 1));
}
function fact(n) {
  return n <= 1 ? 1 : n * fact(n - 1);
}
console.log("numbers", ack(2, 3), fact(12), fact(13), fact(25), fact(171), fact(0.5), fact("5"));

function Node2(v, next) {
  this.v = v;
  this.next = next;
}
function length(list) {
  return list === null ? 0 : 1 + length(list.next);
}
let list = null;
for (let i = 0; i < 50; i++) list = new Node2(i, list);
console.log("list", length(list));

// Traces: every activation, inlined or not, in order (node keeps 10).
function frames(e) {
  return e.stack
    .split("\n")
    .filter((l) => l.includes("186_self_inlining.js"))
    .map((l) => l.slice(l.indexOf("186_self_inlining.js")).replace(")", ""));
}
function down(n) {
  if (n === 0) null.boom;
  return down(n - 1) + 1;
}
for (const n of [0, 1, 2, 3, 4, 12]) {
  try {
    down(n);
  } catch (e) {
    console.log("trace", n, e.constructor.name, frames(e).join(" < "));
  }
}
function sideways(n) {
  if (n === 0) return [1].map(() => new Error("in callback"));
  return sideways(n - 1);
}
console.log("callback", frames(sideways(3)[0]).join(" < "));

try {
  (function forever(n) {
    return forever(n + 1) + 1;
  })(0);
} catch (e) {
  console.log("overflow", e instanceof RangeError, e.message);
}
function forever2(n) {
  return n < 0 ? 0 : forever2(n + 1) + 1;
}
try {
  forever2(0);
} catch (e) {
  console.log("overflow", e instanceof RangeError, e.message);
}
