// Functional helpers: curry, partial application, compose, pipe
function curry(fn) {
  const arity = fn.length;
  return function curried() {
    const args = Array.prototype.slice.call(arguments);
    if (args.length >= arity) return fn.apply(this, args);
    return function () {
      return curried.apply(this, args.concat(Array.prototype.slice.call(arguments)));
    };
  };
}

function partial(fn) {
  const preset = Array.prototype.slice.call(arguments, 1);
  return function () {
    return fn.apply(this, preset.concat(Array.prototype.slice.call(arguments)));
  };
}

function pipe() {
  const fns = arguments;
  return function (x) {
    let v = x;
    for (let i = 0; i < fns.length; i++) v = fns[i](v);
    return v;
  };
}

const add3 = curry(function (a, b, c) { return a + b + c; });
console.log(add3(1)(2)(3), add3(1, 2)(3), add3(1)(2, 3), add3(1, 2, 3));
const addTen = add3(4, 6);
console.log([1, 2, 3].map(function (x) { return addTen(x); }));

const map = curry(function (f, xs) { return xs.map(f); });
const filter = curry(function (p, xs) { return xs.filter(p); });
const reduce = curry(function (f, init, xs) { return xs.reduce(f, init); });
const prop = curry(function (k, o) { return o[k]; });

const inventory = [
  { item: "apple", qty: 5, price: 0.5 },
  { item: "bread", qty: 0, price: 2.25 },
  { item: "cheese", qty: 2, price: 7 },
  { item: "dates", qty: 12, price: 0.3 },
];

const inStockNames = pipe(
  filter(function (x) { return x.qty > 0; }),
  map(prop("item")),
  function (xs) { return xs.join(", "); }
);
console.log(inStockNames(inventory));

const stockValue = pipe(
  map(function (x) { return x.qty * x.price; }),
  reduce(function (a, b) { return a + b; }, 0),
  function (v) { return v.toFixed(2); }
);
console.log("stock value:", stockValue(inventory));

const greet = partial(function (greeting, name, punct) { return greeting + ", " + name + punct; }, "Welcome");
console.log(greet("Kiln", "!"), greet("friend", "."));

const slugify = pipe(
  function (s) { return s.toLowerCase(); },
  function (s) { return s.replace(/[^a-z0-9]+/g, "-"); },
  function (s) { return s.replace(/^-+|-+$/g, ""); }
);
console.log(slugify("  Hello, World! It's 2024  "), slugify("Already-fine"));
const flip = function (f) { return function (a, b) { return f(b, a); }; };
const minus = function (a, b) { return a - b; };
console.log(minus(10, 3), flip(minus)(10, 3));
console.log(pipe()(42), add3.length, curry(function () { return "nullary"; })());
