// JSON.stringify with indentation, replacer functions and arrays
const order = {
  id: 1042,
  customer: { name: "Dana", email: "dana@example.com", password: "hunter2" },
  items: [
    { sku: "A-1", qty: 2, price: 9.99 },
    { sku: "B-7", qty: 1, price: 24.5 },
  ],
  shipped: false,
  notes: [],
  meta: {},
};

console.log(JSON.stringify(order, null, 2));
console.log(JSON.stringify(order.items, null, "--"));

const redacted = JSON.stringify(order, function (key, value) {
  if (key === "password") return undefined;
  if (key === "email") return value.replace(/^(.).*@/, "$1***@");
  if (typeof value === "number" && key === "price") return Math.round(value);
  return value;
}, 4);
console.log(redacted);

console.log(JSON.stringify(order, ["id", "shipped", "customer", "name"]));
console.log(JSON.stringify({ a: [1, { b: 2 }] }, null, 1));
console.log(JSON.stringify([], null, 2), JSON.stringify({}, null, 2));

const withToJSON = {
  secret: 42,
  toJSON: function () { return { visible: "yes" }; },
};
console.log(JSON.stringify({ wrapper: withToJSON }));

// replacer that counts visited keys
const seen = [];
JSON.stringify(order, function (k, v) {
  if (k !== "") seen.push(k);
  return v;
});
console.log(seen.join(","));
