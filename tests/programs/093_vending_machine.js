// Vending machine with inventory, coin handling and change making
function VendingMachine() {
  this.slots = {};
  this.coins = { 200: 2, 100: 5, 50: 5, 20: 10, 10: 10, 5: 10 };
  this.credit = 0;
  this.sales = 0;
}

VendingMachine.prototype.stock = function (code, name, price, count) {
  this.slots[code] = { name: name, price: price, count: count };
};

VendingMachine.prototype.insert = function (coin) {
  if (!(coin in this.coins)) throw new TypeError("rejected coin: " + coin);
  this.coins[coin]++;
  this.credit += coin;
  return this.credit;
};

VendingMachine.prototype.makeChange = function (amount) {
  const denoms = Object.keys(this.coins).map(function (k) { return +k; }).sort(function (a, b) { return b - a; });
  const give = [];
  const snapshot = Object.assign({}, this.coins);
  for (let i = 0; i < denoms.length; i++) {
    const d = denoms[i];
    while (amount >= d && this.coins[d] > 0) {
      amount -= d;
      this.coins[d]--;
      give.push(d);
    }
  }
  if (amount !== 0) {
    this.coins = snapshot;
    return null;
  }
  return give;
};

VendingMachine.prototype.select = function (code) {
  const slot = this.slots[code];
  if (!slot) return "unknown selection " + code;
  if (slot.count === 0) return slot.name + " is sold out";
  if (this.credit < slot.price) return "insert " + fmt(slot.price - this.credit) + " more for " + slot.name;
  const change = this.makeChange(this.credit - slot.price);
  if (change === null) return "cannot make change, please use exact amount";
  slot.count--;
  this.sales += slot.price;
  this.credit = 0;
  return "vend " + slot.name + (change.length ? ", change " + change.join("+") : "");
};

VendingMachine.prototype.refund = function () {
  const r = this.makeChange(this.credit);
  this.credit = 0;
  return r;
};

function fmt(cents) { return (cents / 100).toFixed(2); }

const vm = new VendingMachine();
vm.stock("A1", "Cola", 150, 2);
vm.stock("A2", "Water", 90, 5);
vm.stock("B1", "Chips", 125, 1);

const script = [
  ["insert", 100], ["select", "A1"], ["insert", 100], ["select", "A1"],
  ["insert", 200], ["select", "B1"], ["insert", 50], ["insert", 50], ["select", "B1"],
  ["insert", 3], ["insert", 100], ["refund"], ["select", "Z9"],
  ["insert", 200], ["select", "A1"], ["insert", 100], ["insert", 50], ["select", "A1"],
];
script.forEach(function (s) {
  let out;
  try {
    if (s[0] === "insert") out = "credit " + fmt(vm.insert(s[1]));
    else if (s[0] === "select") out = vm.select(s[1]);
    else out = "refunded " + JSON.stringify(vm.refund());
  } catch (e) {
    out = e.message;
  }
  console.log(s.join(" ") + " -> " + out);
});
console.log("sales: " + fmt(vm.sales));
console.log("coins:", JSON.stringify(vm.coins));
