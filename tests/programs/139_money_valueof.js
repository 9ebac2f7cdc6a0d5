// A Money type using integer cents, with valueOf/toString/toJSON overrides
function Money(cents, currency) {
  if (cents % 1 !== 0) throw new RangeError("cents must be an integer");
  this.cents = cents;
  this.currency = currency || "USD";
}
Money.of = function (amount, currency) {
  return new Money(Math.round(amount * 100), currency);
};
Money.prototype.check = function (other) {
  if (!(other instanceof Money)) throw new TypeError("not money: " + other);
  if (other.currency !== this.currency) throw new TypeError("currency mismatch " + this.currency + "/" + other.currency);
};
Money.prototype.plus = function (o) { this.check(o); return new Money(this.cents + o.cents, this.currency); };
Money.prototype.minus = function (o) { this.check(o); return new Money(this.cents - o.cents, this.currency); };
Money.prototype.times = function (k) { return new Money(Math.round(this.cents * k), this.currency); };
Money.prototype.allocate = function (ratios) {
  const total = ratios.reduce(function (a, b) { return a + b; }, 0);
  let remainder = this.cents;
  const self = this;
  const parts = ratios.map(function (r) {
    const share = Math.floor(self.cents * r / total);
    remainder -= share;
    return share;
  });
  for (let i = 0; remainder > 0; i++, remainder--) parts[i % parts.length]++;
  return parts.map(function (c) { return new Money(c, self.currency); });
};
Money.prototype.valueOf = function () { return this.cents / 100; };
Money.prototype.toString = function () {
  const sign = this.cents < 0 ? "-" : "";
  const abs = Math.abs(this.cents);
  const units = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+$)/g, ",");
  const symbol = { USD: "$", EUR: "EUR ", GBP: "GBP " }[this.currency] || this.currency + " ";
  return sign + symbol + units + "." + String(abs % 100).padStart(2, "0");
};
Money.prototype.toJSON = function () { return { amount: this.cents / 100, currency: this.currency }; };

const price = Money.of(19.99);
const tax = price.times(0.0825);
const total = price.plus(tax);
console.log(String(price), String(tax), String(total));
console.log("arithmetic via valueOf:", price * 3, total > price, price + 1);
console.log("template:", `${total}`, "concat:", "" + total);
console.log(JSON.stringify({ item: "book", price: price, total: total }));
console.log(Money.of(0.1).plus(Money.of(0.2)).toString(), 0.1 + 0.2);
console.log(Money.of(1234567.891).toString(), Money.of(-42.5).toString(), new Money(5).toString());
console.log(Money.of(100).allocate([1, 1, 1]).map(String).join(" | "));
console.log(Money.of(0.05).allocate([3, 7]).map(String).join(" | "));
const list = [Money.of(5), Money.of(1.5), Money.of(20), Money.of(-3)];
console.log(list.sort(function (a, b) { return a - b; }).map(String).join(", "));
console.log(Math.max.apply(null, list), list.reduce(function (a, b) { return a.plus(b); }).toString());
[function () { return Money.of(1).plus(Money.of(1, "EUR")); }, function () { return Money.of(1).plus(5); }, function () { return new Money(1.5); }].forEach(function (f) {
  try { f(); } catch (e) { console.log(e.name + ": " + e.message); }
});
