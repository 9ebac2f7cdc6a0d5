// Common reduce and reduceRight patterns for data transformation
const orders = [
  { id: 1, customer: "ann", items: [{ p: "pen", q: 3, c: 1.5 }, { p: "pad", q: 1, c: 4 }] },
  { id: 2, customer: "bob", items: [{ p: "ink", q: 2, c: 7.25 }] },
  { id: 3, customer: "ann", items: [{ p: "pen", q: 10, c: 1.5 }, { p: "ink", q: 1, c: 7.25 }] },
  { id: 4, customer: "cy", items: [] },
];

const total = orders.reduce(function (sum, o) {
  return sum + o.items.reduce(function (s, it) { return s + it.q * it.c; }, 0);
}, 0);
console.log("grand total:", total.toFixed(2));

const perCustomer = orders.reduce(function (acc, o) {
  const t = o.items.reduce(function (s, it) { return s + it.q * it.c; }, 0);
  acc[o.customer] = (acc[o.customer] || 0) + t;
  return acc;
}, {});
console.log(perCustomer);

const flat = orders.reduce(function (acc, o) { return acc.concat(o.items); }, []);
console.log("line items:", flat.length);
const qtyByProduct = flat.reduce(function (acc, it) {
  acc[it.p] = (acc[it.p] || 0) + it.q;
  return acc;
}, {});
console.log(qtyByProduct);

const indexById = orders.reduce(function (acc, o) { acc[o.id] = o.customer; return acc; }, {});
console.log(indexById);

const maxOrder = orders.reduce(function (best, o) {
  return o.items.length > best.items.length ? o : best;
});
console.log("most items: order", maxOrder.id);

const nested = [[1, 2], [3, [4, 5]], [], [6]];
function flatten(arr) {
  return arr.reduce(function (acc, x) {
    return acc.concat(Array.isArray(x) ? flatten(x) : x);
  }, []);
}
console.log(flatten(nested));

const pipeline = [function (x) { return x + 1; }, function (x) { return x * 10; }, function (x) { return x - 3; }];
console.log(pipeline.reduce(function (v, f) { return f(v); }, 4), pipeline.reduceRight(function (v, f) { return f(v); }, 4));
console.log(["a", "b", "c"].reduceRight(function (acc, s) { return acc + s; }), [1, 2, 3].reduce(function (a, b) { return a * b; }));
try {
  [].reduce(function (a, b) { return a + b; });
} catch (e) {
  console.log(e.name + ": reduce of empty array");
}
console.log([5].reduce(function () { return "never"; }), [].reduce(function () { return 1; }, "init"));
const runningMax = [3, 1, 4, 1, 5, 9, 2, 6].reduce(function (acc, x) {
  acc.push(acc.length ? Math.max(acc[acc.length - 1], x) : x);
  return acc;
}, []);
console.log(runningMax.join(" "));
const freq = "mississippi".split("").reduce(function (m, c) { m[c] = (m[c] || 0) + 1; return m; }, {});
console.log(JSON.stringify(freq));
