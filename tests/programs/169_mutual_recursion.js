// Mutual recursion, trampolines for deep recursion, and Ackermann/Hofstadter sequences
function isEven(n) { return n === 0 ? true : isOdd(n - 1); }
function isOdd(n) { return n === 0 ? false : isEven(n - 1); }
console.log([0, 1, 2, 7, 10, 101].map(function (n) { return n + ":" + (isEven(n) ? "even" : "odd"); }).join(" "));

function trampoline(fn) {
  return function () {
    let result = fn.apply(null, arguments);
    let bounces = 0;
    while (typeof result === "function") {
      result = result();
      bounces++;
    }
    return { value: result, bounces: bounces };
  };
}

const evenT = trampoline(function ev(n) { return n === 0 ? true : function () { return od(n - 1); }; });
function od(n) { return n === 0 ? false : function () { return ev2(n - 1); }; }
function ev2(n) { return n === 0 ? true : function () { return od(n - 1); }; }
const r = evenT(100001);
console.log("trampolined isEven(100001):", r.value, "bounces:", r.bounces);

const sumTo = trampoline(function go(n, acc) {
  return n === 0 ? acc : function () { return go(n - 1, acc + n); };
});
console.log("sum 1..200000 =", sumTo(200000, 0).value);

function ackermann(m, n) {
  if (m === 0) return n + 1;
  if (n === 0) return ackermann(m - 1, 1);
  return ackermann(m - 1, ackermann(m, n - 1));
}
const ack = [];
for (let m = 0; m <= 3; m++) {
  const row = [];
  for (let n = 0; n <= 4; n++) row.push(ackermann(m, n));
  ack.push("A(" + m + ",n): " + row.join(" "));
}
console.log(ack.join("\n"));

// Hofstadter Female and Male sequences
function F(n) { return n === 0 ? 1 : n - M(F(n - 1)); }
function M(n) { return n === 0 ? 0 : n - F(M(n - 1)); }
const fs = [], ms = [];
for (let i = 0; i < 20; i++) { fs.push(F(i)); ms.push(M(i)); }
console.log("F:", fs.join(" "));
console.log("M:", ms.join(" "));

// Hofstadter Q sequence with memo
const q = [0, 1, 1];
for (let n = 3; n <= 30; n++) q[n] = q[n - q[n - 1]] + q[n - q[n - 2]];
console.log("Q:", q.slice(1).join(" "));

function countDepth(n) {
  try {
    return n === 0 ? 0 : 1 + countDepth(n - 1);
  } catch (e) {
    return -1;
  }
}
console.log("recursion depth 5000 ok:", countDepth(5000) === 5000);
