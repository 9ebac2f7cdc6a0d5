function f() {
  throw new Error("boom");
}
function g() { f(); }
console.log("before");
g();
console.log("after");
