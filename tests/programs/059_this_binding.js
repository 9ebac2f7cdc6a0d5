// How `this` is bound: methods, call/apply/bind, arrows, constructors
const counter = {
  count: 0,
  label: "counter",
  inc: function () { this.count++; return this; },
  describe: function () { return this.label + "=" + this.count; },
  delayedArrow: function () {
    const self = this;
    const viaArrow = () => this.label;
    const viaSelf = function () { return self.label; };
    return [viaArrow(), viaSelf()];
  },
};
counter.inc().inc().inc();
console.log(counter.describe());
console.log(counter.delayedArrow());

const other = { count: 100, label: "other" };
console.log(counter.describe.call(other));
counter.inc.apply(other);
console.log(counter.describe.call(other));
const boundDescribe = counter.describe.bind(other);
console.log(boundDescribe());
console.log(boundDescribe.call(counter));

function greet(greeting, punct) {
  return greeting + ", " + this.name + punct;
}
const ann = { name: "Ann" };
console.log(greet.call(ann, "Hello", "!"));
console.log(greet.apply(ann, ["Hi", "?"]));
const hey = greet.bind(ann, "Hey");
console.log(hey("..."));
console.log(greet.bind({ name: "Bo" }, "Yo", "~")());

function Person(name) {
  this.name = name;
  this.sayLater = () => "I am " + this.name;
}
const p = new Person("Cy");
const detached = p.sayLater;
console.log(detached());

function whatIsThis() { return typeof this; }
function strictThis() { "use strict"; return this; }
console.log(whatIsThis.call(5), whatIsThis.call("s"), strictThis.call(5), strictThis());

const arr = [1, 2, 3];
const mul = { factor: 10 };
console.log(arr.map(function (x) { return x * this.factor; }, mul));
const numbers = { vals: [3, 1, 2], max: function () { return Math.max.apply(null, this.vals); } };
console.log(numbers.max());

function Pt(x, y) { this.x = x; this.y = y; }
const BoundPt = Pt.bind(null, 1);
const bp = new BoundPt(2);
console.log(bp.x, bp.y, bp instanceof Pt);
const obj = {
  name: "outer",
  inner: { name: "inner", get: function () { return this.name; } },
};
console.log(obj.inner.get(), (0, obj.inner.get).call(obj));
