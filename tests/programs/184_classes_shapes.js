// Classes (15.7): a small geometry and event library with inheritance,
// super calls, accessors, static members and blocks, fields (with arrow
// functions capturing the instance), computed keys and mixins.
const registry = [];

class Shape {
  static count = 0;
  static { registry.push('Shape defined'); }
  id = ++Shape.count;
  constructor(name) {
    this.name = name;
  }
  area() {
    return 0;
  }
  get label() {
    return `${this.name}#${this.id} area=${this.area().toFixed(2)}`;
  }
  toString() {
    return `[${this.constructor.name} ${this.label}]`;
  }
  static compare(a, b) {
    return a.area() - b.area();
  }
}

class Rect extends Shape {
  constructor(w, h) {
    super('rect');
    this.w = w;
    this.h = h;
  }
  area() {
    return this.w * this.h;
  }
  set size([w, h]) {
    this.w = w;
    this.h = h;
  }
}

class Square extends Rect {
  constructor(s) {
    super(s, s);
    this.name = 'square';
  }
  get label() {
    return super.label + ' (square)';
  }
}

class Circle extends Shape {
  r = 1;
  describe = () => `circle of radius ${this.r}`;
  constructor(r) {
    super('circle');
    this.r = r;
  }
  area() {
    return Math.PI * this.r ** 2;
  }
}

const shapes = [new Rect(2, 3), new Square(2), new Circle(1.5), new Rect(1, 1)];
shapes[3].size = [4, 0.5];
shapes.sort(Shape.compare);
for (const s of shapes) console.log(String(s));
console.log(shapes[0].describe ? shapes[0].describe() : 'no describe', '|', shapes.find((s) => s instanceof Circle).describe());
console.log('count:', Shape.count, registry, Object.getPrototypeOf(Square) === Rect);
console.log(Object.getOwnPropertyNames(Rect.prototype), Object.keys(new Square(1)));

// Computed keys, symbols, static inheritance.
const kind = Symbol('kind');
class Event {
  static type = 'event';
  static create(...args) {
    return new this(...args);
  }
  [kind]() {
    return this.constructor.type;
  }
  ['on' + 'Fire']() {
    return 'fired ' + this[kind]();
  }
}
class Click extends Event {
  static type = 'click';
  constructor(x, y) {
    super();
    Object.assign(this, { x, y });
  }
}
const c = Click.create(3, 4);
console.log(c.onFire(), c, Click.create === Event.create);

// Mixins: classes are values.
const Serializable = (Base) =>
  class extends Base {
    serialize() {
      return JSON.stringify(this);
    }
  };
const Comparable = (Base) =>
  class extends Base {
    equals(o) {
      return this.serialize() === o.serialize();
    }
  };
class Point {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
}
class SmartPoint extends Comparable(Serializable(Point)) {}
const p = new SmartPoint(1, 2);
console.log(p.serialize(), p.equals(new SmartPoint(1, 2)), p.equals(new SmartPoint(2, 1)));

// Subclassing builtins and errors.
class ValidationError extends Error {
  constructor(field, msg) {
    super(`${field}: ${msg}`);
    this.name = 'ValidationError';
    this.field = field;
  }
}
class History extends Array {
  latest() {
    return this[this.length - 1];
  }
}
const h = new History();
h.push('a', 'b');
try {
  throw new ValidationError('age', 'must be positive');
} catch (e) {
  console.log(e.name, e.message, e.field, e instanceof ValidationError, e instanceof Error, h.latest(), h.length);
}

// Errors the language requires.
const attempts = [
  () => Shape('x'),
  () => new (class extends Shape { constructor() { this.x = 1; super('x'); } })(),
  () => new (class extends Shape { constructor() { super('a'); super('b'); } })(),
  () => new (class extends Shape { constructor() { super('a'); return 1; } })(),
  () => { class X extends 42 {} },
];
for (const f of attempts) {
  try {
    f();
    console.log('no error');
  } catch (e) {
    console.log(e.constructor.name + ': ' + e.message);
  }
}
