// Printing assorted values directly with console.log
function namedFunction(a, b) { return a + b; }
const arrow = (x) => x * 2;
const anon = [function () {}][0];

console.log(42, -7.5, "plain string", true, null, undefined);
console.log([1, "a", { x: 1 }]);
console.log({ a: [1, 2], b: "x" });
console.log({ nested: { deeper: { value: 3 } }, list: [[1, 2], [3]] });
console.log([]);
console.log({});
console.log([[]], [{}], { e: [] }, { o: {} });
console.log(namedFunction, arrow, anon);
console.log({ fn: namedFunction, n: 1 });
console.log([namedFunction, arrow]);
console.log("quotes inside:", ["it's", 'say "hi"'], { s: "a'b" });
console.log({ "key with space": 1, valid_id: 2, "3d": 3 });
console.log([true, false, null, undefined]);
console.log([NaN, Infinity, -Infinity]);
console.log({ u: undefined, n: null, nan: NaN });
console.log([0.5, 100, -0.25, 1e21, 1e-7]);
console.log("100%", "literal percent");
console.log("multi\nline string");
console.log("tab\tseparated");
console.log([1, 2, 3].map(String), [1, 2, 3].join("") + "", String([1, [2, [3]]]));
console.log(typeof console.log, String(null), String(undefined), String(true));
const point = { x: 1, y: 2 };
point.self = "no cycle here";
console.log(point);
console.log([["a", 1], ["b", 2]]);
console.log({ arr: [1, 2, 3], str: "s", num: 0, bool: false });
console.log("done", [1], { k: "v" }, 3);
