function r(n) { return r(n + 1) + 1; }
try { r(0); } catch (e) { console.log(e instanceof RangeError, e.message); }
function deep(n) { return n === 0 ? 0 : 1 + deep(n - 1); }
console.log(deep(5000));
