// Runtime type inspection: typeof, instanceof, Array.isArray, constructors
function typeName(v) {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  if (v instanceof Error) return "error:" + v.name;
  if (typeof v === "object") {
    const proto = Object.getPrototypeOf(v);
    if (proto === null) return "dict";
    if (proto.constructor && proto.constructor !== Object) return "instance:" + proto.constructor.name;
    return "object";
  }
  return typeof v;
}

function Widget() {}
function Gadget() {}
Gadget.prototype = Object.create(Widget.prototype);
Gadget.prototype.constructor = Gadget;

const values = [
  42, 3.14, NaN, "text", "", true, undefined, null, [], [1, [2]], {}, { a: 1 },
  function () {}, () => 1, new Widget(), new Gadget(), new TypeError("x"), Object.create(null), /re/g,
];
values.forEach(function (v, i) {
  console.log(String(i).padStart(2) + " " + typeName(v));
});

const g = new Gadget();
console.log(g instanceof Gadget, g instanceof Widget, g instanceof Object, new Widget() instanceof Gadget);
console.log([] instanceof Array, [] instanceof Object, {} instanceof Array, (function () {}) instanceof Function);
console.log(Object.prototype.toString.call([]), Object.prototype.toString.call(null), Object.prototype.toString.call(1));

function isPlainObject(v) {
  return typeof v === "object" && v !== null && Object.getPrototypeOf(v) === Object.prototype;
}
console.log(isPlainObject({}), isPlainObject([]), isPlainObject(new Widget()), isPlainObject(null));

function deepEqual(a, b) {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a), kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every(function (k) { return b.hasOwnProperty(k) && deepEqual(a[k], b[k]); });
}
console.log(deepEqual({ a: [1, 2, { b: 3 }] }, { a: [1, 2, { b: 3 }] }));
console.log(deepEqual({ a: [1, 2] }, { a: [1, 2, 3] }), deepEqual([], {}), deepEqual(null, null), deepEqual(1, "1"));

try {
  ({}) instanceof 5;
} catch (e) {
  console.log(e.name);
}
console.log(typeof Widget, typeof Widget.prototype, Widget.prototype.constructor === Widget);
console.log(Widget.name, Gadget.name, (function named() {}).name, typeName.length);
