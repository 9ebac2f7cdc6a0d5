// Property sites that see objects of different layouts, properties that
// change kind, arrays whose length changes, and bindings read inside their
// own initializer (TDZ).
function getX(o) { return o.x; }
function setX(o, v) { o.x = v; return o; }

const a = { x: 1, y: 2 };
const b = { y: 3, x: 4 };
const c = { z: 0, w: 0, x: 5 };
const results = [];
for (let i = 0; i < 3; i++) {
  results.push(getX(a), getX(b), getX(c), getX({}), getX(Object.create(a)));
}
console.log(results.join(","));

// A data property replaced by an accessor at the same index.
const d = { x: 10 };
console.log(getX(d));
Object.defineProperty(d, "x", { get() { return "getter"; }, configurable: true });
console.log(getX(d));
delete d.x;
console.log(getX(d));

// Writes: own writable, read-only, setter, inherited setter, new property.
const ro = Object.defineProperty({}, "x", { value: 1, writable: false });
setX(ro, 2);
console.log(ro.x);
let seen = [];
const withSetter = { set x(v) { seen.push(v); } };
setX(withSetter, 7);
const child = Object.create(withSetter);
setX(child, 8);
console.log(seen, Object.keys(child));
const plain = {};
for (let i = 0; i < 3; i++) setX(plain, i);
console.log(plain);
const frozen = Object.freeze({ x: 1 });
setX(frozen, 9);
console.log(frozen.x);
try {
  (function () { "use strict"; frozen.x = 3; })();
} catch (e) {
  console.log(e instanceof TypeError);
}

// Deleting shifts later properties: a cached index must not go stale.
const e = { p: 1, q: 2, x: 3 };
console.log(getX(e));
delete e.p;
console.log(getX(e), Object.keys(e));
e.p = 4;
console.log(getX(e), Object.keys(e));

// Array length through a named site.
function len(o) { return o.length; }
const arr = [1, 2, 3];
console.log(len(arr), len("hello"), len({ length: 42 }), len(function (p, q) {}));
arr.push(4);
arr.length = 2;
console.log(len(arr), arr);
arr[10] = 1;
console.log(len(arr));

// TDZ inside initializers.
try { let t = t + 1; console.log(t); } catch (err) { console.log(err.name + ": " + err.message); }
try { const u = [1, u]; console.log(u); } catch (err) { console.log(err.name + ": " + err.message); }
try { let v = (() => v)(); console.log(v); } catch (err) { console.log(err.name + ": " + err.message); }
let w = 1;
{
  try { let w = w * 2; console.log(w); } catch (err) { console.log(err.name + ": " + err.message); }
}
const fns = [];
for (let i = 0; i < 3; i++) { const sq = i * i; fns.push(() => sq + i); }
console.log(fns.map((f) => f()));
