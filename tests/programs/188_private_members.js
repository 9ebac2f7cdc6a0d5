// Private class members: fields, methods, accessors (instance and static),
// brand checks with `#x in obj`, and the TypeErrors of misuse.
"use strict";

function attempt(label, f) {
  try {
    console.log(label, "->", f());
  } catch (e) {
    console.log(label, "threw", e.constructor.name + ":", e.message);
  }
}

// A bank account whose balance and history cannot be touched from outside.
class Account {
  static #nextId = 1;
  static #registry = new Map();
  #id;
  #owner;
  #balance = 0;
  #history = [];

  constructor(owner, opening = 0) {
    this.#id = Account.#nextId++;
    this.#owner = owner;
    if (opening > 0) this.deposit(opening);
    Account.#registry.set(this.#id, this);
  }

  static #validate(amount) {
    if (typeof amount !== "number" || !(amount > 0)) throw new RangeError(`invalid amount ${amount}`);
    return amount;
  }

  #record(kind, amount) {
    this.#history.push(`${kind}:${amount}`);
    return this;
  }

  get balance() {
    return this.#balance;
  }
  get #summary() {
    return `#${this.#id} ${this.#owner}: ${this.#balance}`;
  }
  set #owner_(name) {
    this.#owner = name.trim();
  }

  rename(name) {
    this.#owner_ = name;
    return this.#summary;
  }
  deposit(amount) {
    this.#balance += Account.#validate(amount);
    return this.#record("in", amount);
  }
  withdraw(amount) {
    Account.#validate(amount);
    if (amount > this.#balance) throw new Error(`insufficient funds in #${this.#id}`);
    this.#balance -= amount;
    return this.#record("out", amount);
  }
  transferTo(other, amount) {
    if (!(#balance in other)) throw new TypeError("not an account");
    this.withdraw(amount);
    other.#balance += amount;
    other.#record("transfer", amount);
    return [this.#summary, other.#summary];
  }
  history() {
    return this.#history.join(" ");
  }
  static isAccount(o) {
    return #id in o;
  }
  static byId(id) {
    return Account.#registry.get(id)?.#summary;
  }
  static get count() {
    return Account.#registry.size;
  }
}

const alice = new Account("Alice", 100);
const bob = new Account("Bob");
alice.deposit(50).withdraw(30);
console.log(alice.transferTo(bob, 70));
console.log(alice.balance, bob.balance, alice.history(), "|", bob.history());
console.log(alice.rename("  Alicia  "), Account.byId(2), Account.byId(9), Account.count);
console.log(Account.isAccount(alice), Account.isAccount({}), Account.isAccount(Object.create(alice)));
attempt("overdraw", () => bob.withdraw(1000));
attempt("bad amount", () => bob.deposit(-5));
attempt("transfer to plain object", () => alice.transferTo({ balance: 0 }, 1));
attempt("brand check on a primitive", () => Account.isAccount(42));

// Private members are invisible to reflection, JSON and console.log.
console.log(Object.keys(alice), Reflect.ownKeys(alice), JSON.stringify(alice));
console.log(Object.getOwnPropertyNames(Account.prototype));
console.log(alice, Account);
for (const k in alice) console.log("enumerated", k);
console.log("frozen copy", Object.freeze(alice) === alice, alice.deposit(1).balance);

// Methods called with the wrong receiver.
const { deposit, history } = Account.prototype;
attempt("history on a plain object", () => history.call({}));
attempt("deposit on null", () => deposit.call(null, 1));

// Each evaluation of a class expression has its own private names.
function makeCounter() {
  return class Counter {
    #n = 0;
    static #made = 0;
    constructor() {
      Counter.#made++;
    }
    tick() {
      return ++this.#n;
    }
    static peek(c) {
      return c.#n;
    }
    static made() {
      return Counter.#made;
    }
  };
}
const C1 = makeCounter();
const C2 = makeCounter();
const c1 = new C1();
new C1();
c1.tick();
c1.tick();
console.log(C1.peek(c1), C1.made(), C2.made());
attempt("C2.peek(c1)", () => C2.peek(c1));

// Methods and accessors: not writable, missing halves, `this` in calls.
class Shape {
  #w;
  #h;
  constructor(w, h) {
    this.#w = w;
    this.#h = h;
  }
  #area() {
    return this.#w * this.#h;
  }
  get #perimeter() {
    return 2 * (this.#w + this.#h);
  }
  set #scale(k) {
    this.#w *= k;
    this.#h *= k;
  }
  describe() {
    const area = this.#area;
    return `${this.constructor.name} ${this.#w}x${this.#h} area=${this.#area()} perimeter=${this.#perimeter} same=${area === this.#area}`;
  }
  grow(k) {
    this.#scale = k;
    return this;
  }
  tryWrites() {
    attempt("assign to a method", () => {
      this.#area = () => 0;
    });
    attempt("assign to a getter-only accessor", () => {
      this.#perimeter = 1;
    });
    attempt("read a setter-only accessor", () => this.#scale);
    attempt("call with a detached this", () => {
      const f = this.#area;
      return f();
    });
  }
  static compare(a, b) {
    return a.#area() - b.#area();
  }
}
class Square extends Shape {
  #side;
  constructor(s) {
    super(s, s);
    this.#side = s;
  }
  get side() {
    return this.#side;
  }
}
const sq = new Square(3);
console.log(sq.describe(), sq.grow(2).describe(), sq.side);
console.log(Shape.compare(new Shape(2, 5), sq));
sq.tryWrites();
attempt("compare with a plain object", () => Shape.compare(sq, {}));

// Fields initialise in order, after super(), with arrow functions capturing
// `this`; destructuring, compound and logical assignment to private fields.
const log = [];
class Base {
  constructor() {
    log.push("base constructor");
  }
}
class Widget extends Base {
  #a = (log.push("field a"), 1);
  #b = this.#a + 1;
  #label = null;
  #onClick = () => `clicked ${this.#label}`;
  constructor(label) {
    super();
    log.push(`constructor sees #b=${this.#b}`);
    this.#label ??= label;
    this.#label ||= "unused";
    this.#a &&= 10;
  }
  shuffle() {
    [this.#a, this.#b] = [this.#b, this.#a];
    ({ label: this.#label = "default" } = {});
    this.#a **= 2;
    this.#b--;
    return [this.#a, this.#b, this.#label, this.#onClick()];
  }
}
const w = new Widget("ok");
console.log(log.join(", "));
console.log(w.shuffle());

// Static blocks and static accessors.
class Config {
  static #values = {};
  static #locked = false;
  static get #size() {
    return Object.keys(Config.#values).length;
  }
  static {
    Config.#values.mode = "fast";
    Config.#values.level = 3;
  }
  static set(k, v) {
    if (Config.#locked) throw new Error("config is locked");
    Config.#values[k] = v;
    return Config.#size;
  }
  static lock() {
    this.#locked = true;
  }
}
console.log(Config.set("debug", true));
Config.lock();
attempt("set after lock", () => Config.set("x", 1));
class SubConfig extends Config {}
attempt("static private through a subclass", () => SubConfig.lock());

// A constructor that returns another object: fields land on it, and twice
// on the same object is an error.
class Stamp {
  constructor(o) {
    return o;
  }
}
class Stamped extends Stamp {
  #stamp = "stamped";
  static read(o) {
    return o.#stamp;
  }
}
const target = {};
new Stamped(target);
console.log(Stamped.read(target), Object.keys(target));
attempt("stamp twice", () => new Stamped(target));
class Branded extends Stamp {
  #brand() {}
}
new Branded(target);
attempt("brand twice", () => new Branded(target));

// Optional chaining and nested classes.
class Node2 {
  #value;
  #next = null;
  constructor(value, next) {
    this.#value = value;
    this.#next = next ?? null;
  }
  static sum(node) {
    let total = 0;
    for (let n = node; n; n = n?.#next) total += n.#value;
    return total;
  }
  static secondValue(node) {
    return node?.#next?.#value;
  }
  inner() {
    const outer = this;
    return new (class {
      #tag = "inner";
      both() {
        return [this.#tag, outer.#value];
      }
    })().both();
  }
  shadowed() {
    // An inner class's #value is a different name than Node2's.
    const outer = this;
    return new (class {
      #value = "shadow";
      read() {
        return outer.#value;
      }
    })().read();
  }
}
const list = new Node2(1, new Node2(2, new Node2(3)));
console.log(Node2.sum(list), Node2.secondValue(list), Node2.secondValue(null), list.inner());
attempt("shadowed private name", () => list.shadowed());
