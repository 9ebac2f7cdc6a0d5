// Annex B.3.3: function declarations in blocks, switch cases and if
// clauses of sloppy code also get a var binding in the enclosing function
// (or script), unless that would clash with a parameter or a lexical name.
console.log(typeof f, typeof g);
{ function f() { return "f1"; } }
console.log(f());
function outer(x) {
  console.log(typeof h);
  if (x) { function h() { return "h" + x; } }
  return typeof h === "function" ? h() : "none";
}
console.log(outer(1), outer(0));
(function () {
  let init = typeof k;
  { function k() {} }
  console.log(init, typeof k);
})();
(function (p) {
  { function p() {} }
  console.log(typeof p);
})(5);
(function () {
  var x = 1;
  { let q = 1; { function q() {} } }
  console.log(typeof q);
})();
(function () {
  function m() { return 1; }
  { function m() { return 2; } }
  console.log(m());
})();
switch (1) { case 1: function sw() { return "sw"; } }
console.log(sw());
for (let i = 0; i < 2; i++) { function loopf() { return i; } }
console.log(loopf());
try { throw 1; } catch (e) { { function e() {} } console.log(typeof e); }
console.log(typeof e);
