// Variable hoisting, function declarations, block scoping and shadowing
console.log("hoisted var before assignment:", typeof hoistedVar, hoistedVar);
var hoistedVar = "now assigned";
console.log("after:", hoistedVar);

console.log("function declaration callable early:", early(3));
function early(n) { return n * 10; }

try {
  console.log(notYet);
} catch (e) {
  console.log("TDZ access throws", e.name);
}
let notYet = "initialized";
console.log(notYet);

try {
  lateFn();
} catch (e) {
  console.log("function expression not hoisted:", e.name);
}
var lateFn = function () { return "late"; };
console.log(lateFn());

const x = "outer";
{
  const x = "block";
  let y = "block-only";
  console.log("inside block:", x, y);
}
console.log("outside block:", x, typeof y);

function shadow() {
  const x = "function";
  if (true) {
    const x = "if-block";
    console.log("deepest:", x);
  }
  return x;
}
console.log("shadow returns:", shadow());

function varInBlocks() {
  if (false) {
    var neverSet = 1;
  }
  for (var i = 0; i < 3; i++) {}
  return [typeof neverSet, neverSet, i];
}
console.log(varInBlocks());

function counterFactory() {
  var count = 0;
  return { inc: function () { return ++count; }, get: function () { return count; } };
}
const c1 = counterFactory(), c2 = counterFactory();
c1.inc(); c1.inc(); c2.inc();
console.log("independent closures:", c1.get(), c2.get());

function declaredTwice() { return 1; }
function declaredTwice() { return 2; }
console.log("last declaration wins:", declaredTwice());

let total = 0;
for (let i = 0; i < 3; i++) {
  let i2 = i * 2;
  total += i2;
}
console.log("loop-scoped total:", total, typeof i2);

const fns = {};
["alpha", "beta"].forEach(function (name) {
  fns[name] = function () { return name.toUpperCase(); };
});
console.log(fns.alpha(), fns.beta());

(function () {
  var iife = "private";
  console.log("IIFE sees:", iife, typeof x);
})();
console.log("outside IIFE:", typeof iife);

function paramShadow(value) {
  var value;
  return value;
}
console.log("redeclared param keeps value:", paramShadow(42));
