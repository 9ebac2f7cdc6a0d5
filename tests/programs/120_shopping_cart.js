// Shopping cart with coupons, bulk discounts, tax and a receipt printout
const catalog = {
  P100: { name: "Coffee beans 1kg", price: 18.5, category: "grocery" },
  P200: { name: "Espresso cup", price: 6.25, category: "kitchen" },
  P300: { name: "Grinder", price: 89.0, category: "appliance" },
  P400: { name: "Milk frother", price: 24.99, category: "appliance" },
  P500: { name: "Filter papers", price: 3.1, category: "grocery" },
};
const TAX = { grocery: 0.05, kitchen: 0.2, appliance: 0.2 };

function Cart() { this.lines = []; this.coupons = []; }

Cart.prototype.add = function (sku, qty) {
  if (!catalog[sku]) throw new Error("unknown product " + sku);
  if (qty <= 0 || qty % 1 !== 0) throw new RangeError("bad quantity " + qty);
  const existing = this.lines.find(function (l) { return l.sku === sku; });
  if (existing) existing.qty += qty;
  else this.lines.push({ sku: sku, qty: qty });
  return this;
};

Cart.prototype.remove = function (sku, qty) {
  const l = this.lines.find(function (x) { return x.sku === sku; });
  if (!l) return this;
  l.qty -= qty;
  if (l.qty <= 0) this.lines = this.lines.filter(function (x) { return x !== l; });
  return this;
};

Cart.prototype.apply = function (code) { this.coupons.push(code); return this; };

Cart.prototype.totals = function () {
  let subtotal = 0, discount = 0, tax = 0;
  const rows = [];
  const coupons = this.coupons;
  this.lines.forEach(function (l) {
    const p = catalog[l.sku];
    let lineTotal = p.price * l.qty;
    let lineDiscount = 0;
    if (l.qty >= 6) lineDiscount += lineTotal * 0.1; // bulk
    if (coupons.indexOf("APPLIANCE15") >= 0 && p.category === "appliance") lineDiscount += (lineTotal - lineDiscount) * 0.15;
    lineDiscount = Math.round(lineDiscount * 100) / 100;
    const taxable = lineTotal - lineDiscount;
    const lineTax = Math.round(taxable * TAX[p.category] * 100) / 100;
    subtotal += lineTotal;
    discount += lineDiscount;
    tax += lineTax;
    rows.push({ name: p.name, qty: l.qty, price: p.price, total: lineTotal, discount: lineDiscount });
  });
  let shipping = subtotal - discount >= 50 ? 0 : 4.95;
  if (coupons.indexOf("FREESHIP") >= 0) shipping = 0;
  return { rows: rows, subtotal: subtotal, discount: discount, tax: tax, shipping: shipping, total: subtotal - discount + tax + shipping };
};

function money(x) { return x.toFixed(2).padStart(9); }

function receipt(cart) {
  const t = cart.totals();
  const out = [];
  t.rows.forEach(function (r) {
    out.push(r.name.padEnd(20) + String(r.qty).padStart(3) + " x" + r.price.toFixed(2).padStart(7) + money(r.total));
    if (r.discount) out.push("  discount".padEnd(33) + money(-r.discount));
  });
  out.push("-".repeat(42));
  [["Subtotal", t.subtotal], ["Discounts", t.discount ? -t.discount : 0], ["Tax", t.tax], ["Shipping", t.shipping], ["TOTAL", t.total]].forEach(function (p) {
    out.push(p[0].padEnd(33) + money(p[1]));
  });
  return out.join("\n");
}

const cart = new Cart();
cart.add("P100", 2).add("P200", 6).add("P500", 3).add("P100", 1);
console.log(receipt(cart));
console.log("");
cart.add("P300", 1).add("P400", 1).remove("P200", 2).remove("P500", 5).apply("APPLIANCE15");
console.log(receipt(cart));
console.log("");
const small = new Cart().add("P500", 2);
console.log(receipt(small));
console.log(receipt(small.apply("FREESHIP")).split("\n").slice(-2).join(" / "));
[function () { cart.add("P999", 1); }, function () { cart.add("P100", 1.5); }, function () { cart.add("P100", 0); }].forEach(function (f) {
  try { f(); } catch (e) { console.log(e.name + ": " + e.message); }
});
