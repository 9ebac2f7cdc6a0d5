// Property enumeration order: integer keys first, then insertion order
const obj = {};
obj.zebra = 1;
obj["10"] = "ten";
obj.apple = 2;
obj["2"] = "two";
obj["-1"] = "minus one";
obj["1.5"] = "one point five";
obj["01"] = "zero one";
obj[0] = "zero";
obj.mango = 3;

const keys = [];
for (const k in obj) keys.push(k);
console.log(keys.join(" "));
console.log(Object.keys(obj).join(" "));
console.log(JSON.stringify(obj));

delete obj.apple;
obj.apple = "re-added";
console.log(Object.keys(obj).join(" "));

const arr = ["a", "b", "c"];
arr.extra = "x";
const arrKeys = [];
for (const k in arr) arrKeys.push(k + ":" + typeof k);
console.log(arrKeys.join(" "));

function Base() { this.own1 = 1; }
Base.prototype.inherited = "yes";
const inst = new Base();
inst.own2 = 2;
const all = [], own = [];
for (const k in inst) {
  all.push(k);
  if (inst.hasOwnProperty(k)) own.push(k);
}
console.log("all:", all.join(","), "own:", own.join(","));

const counts = { b: 2, a: 1, c: 3 };
let total = 0;
for (var key in counts) total += counts[key];
console.log("total:", total, "last key:", key);

const entries = Object.entries({ x: 1, 5: "five", y: 2, 3: "three" });
console.log(entries);
const values = Object.values({ x: 1, 5: "five", y: 2, 3: "three" });
console.log(values);

const str = "hey";
const sk = [];
for (const i in str) sk.push(i + "=" + str[i]);
console.log(sk.join(" "));
for (const k in null) console.log("never");
for (const k in undefined) console.log("never");
console.log("done");
