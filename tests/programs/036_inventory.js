// Warehouse inventory with restocking rules and an audit log
function Inventory() {
  this.items = {};
  this.log = [];
}

Inventory.prototype.add = function (sku, name, qty, reorderAt) {
  if (this.items[sku]) throw new Error("duplicate sku " + sku);
  this.items[sku] = { name: name, qty: qty, reorderAt: reorderAt };
  this.log.push("add " + sku + " x" + qty);
};

Inventory.prototype.take = function (sku, qty) {
  const item = this.items[sku];
  if (!item) throw new ReferenceError("unknown sku " + sku);
  if (item.qty < qty) throw new RangeError("only " + item.qty + " " + item.name + " left");
  item.qty -= qty;
  this.log.push("take " + sku + " x" + qty);
  return item.qty;
};

Inventory.prototype.needsReorder = function () {
  const out = [];
  for (const sku in this.items) {
    if (this.items[sku].qty <= this.items[sku].reorderAt) out.push(sku);
  }
  return out.sort();
};

Inventory.prototype.restock = function (amount) {
  const self = this;
  this.needsReorder().forEach(function (sku) {
    self.items[sku].qty += amount;
    self.log.push("restock " + sku + " +" + amount);
  });
};

Inventory.prototype.report = function () {
  const self = this;
  return Object.keys(this.items).sort().map(function (sku) {
    const it = self.items[sku];
    return sku + " " + it.name.padEnd(10) + String(it.qty).padStart(4);
  }).join("\n");
};

const inv = new Inventory();
inv.add("B200", "bolts", 500, 100);
inv.add("N100", "nuts", 300, 80);
inv.add("W050", "washers", 120, 50);
inv.add("S999", "springs", 40, 10);

const orders = [["B200", 250], ["N100", 230], ["W050", 80], ["X000", 1], ["S999", 45], ["B200", 200]];
orders.forEach(function (o) {
  try {
    const left = inv.take(o[0], o[1]);
    console.log("took " + o[1] + " of " + o[0] + ", " + left + " left");
  } catch (e) {
    console.log(e.name + ": " + e.message);
  }
});
try {
  inv.add("N100", "nuts", 1, 1);
} catch (e) {
  console.log(e.message);
}
console.log("reorder:", inv.needsReorder());
inv.restock(250);
console.log(inv.report());
console.log(inv.log.length + " log entries");
console.log(inv.log.slice(-3));
