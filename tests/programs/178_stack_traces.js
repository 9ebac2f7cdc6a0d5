// Stack traces through every kind of call: direct recursion, closures
// called as values, methods, constructors, callbacks from builtins
// (sort comparators, map, JSON revivers, getters, valueOf), and errors
// thrown in nested try/finally. Only this file's frames are printed
// (node also lists its own internals and builtins), as locations; the
// names of plain function frames are printed too (receiver-qualified
// names like `Object.add` and `new Point` are not compared here).
"use strict";

const plainNames = ["depth", "viaValue", "report", "byValue", "double", "cleanup", "later"];

function frames(e) {
  return e.stack
    .split("\n")
    .filter((l) => l.includes("178_stack_traces.js"))
    .map((l) => {
      const loc = l.slice(l.indexOf("178_stack_traces.js")).replace(")", "");
      const name = /^\s*at ([A-Za-z_$][\w$]*) \(/.exec(l);
      return name && plainNames.includes(name[1]) ? name[1] + " @ " + loc : loc;
    });
}

function report(label, fn) {
  try {
    fn();
    console.log(label, "no error");
  } catch (e) {
    console.log(label, e.constructor.name + ": " + e.message);
    for (const f of frames(e)) console.log("   ", f);
  }
}

function depth(n) {
  if (n === 0) throw new Error("bottom");
  return depth(n - 1) + 1;
}
report("recursion", () => depth(3));

const viaValue = function (x) {
  return x.missing.field;
};
report("value call", () => viaValue({}));

const calc = {
  total: 0,
  add(v) {
    if (typeof v !== "number") throw new TypeError("not a number: " + v);
    this.total += v;
    return this;
  },
};
report("method", () => calc.add(1).add(2).add("three"));

function Point(x, y) {
  if (x < 0) throw new RangeError("negative x");
  this.x = x;
  this.y = y;
}
report("constructor", () => new Point(-1, 2));

report("sort comparator", () =>
  [3, 1, 2].sort(function byValue(a, b) {
    if (a === 2 || b === 2) throw new Error("cannot compare 2");
    return a - b;
  })
);

report("map callback", () =>
  [1, 2, 3].map(function double(v) {
    if (v === 3) null.x;
    return v * 2;
  })
);

report("reviver", () =>
  JSON.parse('{"a":1,"b":{"c":2}}', function revive(k, v) {
    if (k === "c") throw new Error("bad key " + k);
    return v;
  })
);

const account = {
  get balance() {
    throw new Error("locked");
  },
};
report("getter", () => account.balance + 1);

const weird = {
  valueOf() {
    throw new Error("no value");
  },
};
report("valueOf", () => weird * 2);

function cleanup(log) {
  try {
    throw new Error("inner");
  } finally {
    log.push("finally ran");
  }
}
const log = [];
report("finally", () => cleanup(log));
console.log(log.join(","));

// After a callback returns, a later error must not see stale frames.
function later() {
  [1, 2].forEach(function each(v) {
    return v;
  });
  return new Error("after forEach");
}
for (const f of frames(later())) console.log("later", f);

// Deep recursion: the RangeError is catchable and the program goes on.
function runaway(n) {
  return runaway(n + 1) + 1;
}
try {
  runaway(0);
} catch (e) {
  console.log(e instanceof RangeError, e.message);
}
console.log(frames(new Error("top")).length);
