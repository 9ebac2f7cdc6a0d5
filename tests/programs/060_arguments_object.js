// The arguments object: variadic functions, length, and conversion
function sum() {
  let total = 0;
  for (let i = 0; i < arguments.length; i++) total += arguments[i];
  return total;
}

function describeArgs(a, b) {
  return "declared=" + describeArgs.length + " passed=" + arguments.length + " a=" + a + " b=" + b;
}

function toArray() {
  return Array.prototype.slice.call(arguments);
}

function maxOf() {
  if (arguments.length === 0) throw new RangeError("maxOf needs arguments");
  return Math.max.apply(null, arguments);
}

function format(template) {
  const args = arguments;
  return template.replace(/\{(\d+)\}/g, function (m, idx) {
    const v = args[+idx + 1];
    return v === undefined ? m : String(v);
  });
}

function logger(prefix) {
  return function () {
    const parts = Array.prototype.map.call(arguments, function (a) {
      return typeof a === "object" ? JSON.stringify(a) : String(a);
    });
    return prefix + " " + parts.join(" ");
  };
}

function sloppyAlias(x) {
  arguments[0] = "changed";
  return x;
}

function strictAlias(x) {
  "use strict";
  arguments[0] = "changed";
  return x;
}

console.log(sum(), sum(1), sum(1, 2, 3, 4, 5));
console.log(describeArgs(1));
console.log(describeArgs(1, 2, 3));
console.log(toArray(1, "two", null), Array.isArray(toArray()));
console.log(maxOf(3, 9, 2), maxOf(-1));
try {
  maxOf();
} catch (e) {
  console.log(e.message);
}
console.log(format("{0} + {1} = {2}; missing {3}", 2, 3, 5));
const info = logger("[info]");
console.log(info("started", { port: 80 }, [1, 2], true));
console.log(sloppyAlias("orig"), strictAlias("orig"));

function outer() {
  const outerArgs = arguments;
  const arrow = () => arguments.length + ":" + arguments[0];
  function inner() { return arguments.length; }
  return [arrow(), inner(1, 2, 3, 4), outerArgs === arguments];
}
console.log(outer("x", "y"));
console.log(typeof (function () { return arguments; })(), (function () { return arguments.length; }).apply(null, [1, 2, 3]));
