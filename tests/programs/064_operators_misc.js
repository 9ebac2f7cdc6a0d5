// Comma operator, ternary chains, logical operators, typeof, void, in, delete
let a = (1, 2, 3);
console.log("comma:", a);
let x = 0, y = 0;
for (let i = 0; i < 3; i++, x += 2, y -= 1) {}
console.log(x, y);

function classify(n) {
  return n < 0 ? "negative" : n === 0 ? "zero" : n < 10 ? "small" : n < 100 ? "medium" : "large";
}
console.log([-5, 0, 7, 42, 1000].map(classify).join(" "));

console.log(null || "default", 0 || "zero-default", "" || "empty-default", "set" || "unused");
console.log(1 && 2 && 3, 1 && 0 && 3, null && "never");
let calls = 0;
function side() { calls++; return true; }
false && side();
true || side();
true && side();
console.log("side effect calls:", calls);

const opts = {};
opts.retries = opts.retries || 3;
opts.verbose = opts.verbose !== undefined ? opts.verbose : false;
console.log(JSON.stringify(opts));

console.log(typeof 1, typeof "s", typeof true, typeof undefined, typeof null, typeof {}, typeof [], typeof function () {}, typeof undeclaredThing);
console.log(void 0, void "x" === undefined);

const obj = { a: 1, b: undefined, c: null };
console.log("a" in obj, "b" in obj, "z" in obj, "toString" in obj, 0 in [5], 3 in [1, 2]);
console.log(delete obj.a, "a" in obj, delete obj.nothing, Object.keys(obj).join(","));
const arr = [1, 2, 3];
delete arr[1];
console.log(arr.length, 1 in arr, arr[1], arr.join("|"));

console.log(!!"", !!"0", !!0, !!NaN, !![], !!{}, !!-1);
console.log(1 == "1", 0 == "", null == undefined, null == 0, NaN == NaN, [1] == 1, "b" > "a");
console.log(1 === 1.0, "1" === 1, null === null, undefined === void 0);
console.log("3" + 4 + 5, 3 + 4 + "5", "10" - 3, "6" * "7", "8" / 2, true + 1, [] + [], [1, 2] + [3]);
let n = 5;
console.log(n++, n, ++n, n--, --n, -n, +"-3");
let s = "ab";
s += "cd";
s += 1 + 2;
console.log(s);
let m = 10;
m -= 3; m *= 4; m /= 2; m %= 5; m <<= 3; m >>= 1; m |= 1; m &= 13; m ^= 6;
console.log("compound:", m);
console.log(typeof typeof 1, (function () { return typeof arguments; })());
