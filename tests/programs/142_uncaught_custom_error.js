// Order processing pipeline; an unhandled custom error escapes at the end
function OrderError(code, message) {
  this.name = "OrderError";
  this.code = code;
  this.message = message;
}
OrderError.prototype = Object.create(Error.prototype);
OrderError.prototype.constructor = OrderError;

const stock = { widget: 5, gadget: 0, doohickey: 12 };
const prices = { widget: 2.5, gadget: 10, doohickey: 0.75 };

function processOrder(order) {
  if (!order.items || order.items.length === 0) throw new OrderError("EMPTY", "order " + order.id + " has no items");
  let total = 0;
  order.items.forEach(function (it) {
    if (!(it.sku in stock)) throw new OrderError("UNKNOWN", "unknown sku " + it.sku);
    if (stock[it.sku] < it.qty) throw new OrderError("STOCK", "not enough " + it.sku + " for order " + order.id);
  });
  order.items.forEach(function (it) {
    stock[it.sku] -= it.qty;
    total += prices[it.sku] * it.qty;
  });
  return total;
}

const orders = [
  { id: 1, items: [{ sku: "widget", qty: 2 }, { sku: "doohickey", qty: 4 }] },
  { id: 2, items: [] },
  { id: 3, items: [{ sku: "gadget", qty: 1 }] },
  { id: 4, items: [{ sku: "sprocket", qty: 1 }] },
  { id: 5, items: [{ sku: "widget", qty: 3 }] },
];

const failures = {};
orders.forEach(function (o) {
  try {
    const total = processOrder(o);
    console.log("order " + o.id + " ok, total " + total.toFixed(2));
  } catch (e) {
    if (!(e instanceof OrderError)) throw e;
    failures[e.code] = (failures[e.code] || 0) + 1;
    console.log("order " + o.id + " rejected [" + e.code + "] " + e.message);
  }
});
console.log("failures:", failures);
console.log("stock:", stock);
console.log("processing rush order 6 without a handler");
processOrder({ id: 6, items: [{ sku: "widget", qty: 1 }, { sku: "doohickey", qty: 100 }] });
console.log("never printed");
