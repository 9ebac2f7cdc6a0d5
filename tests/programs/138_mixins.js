// Composing behaviour with mixins via Object.assign and prototype delegation
const Serializable = {
  serialize: function () {
    const out = {};
    const self = this;
    Object.keys(this).forEach(function (k) {
      if (k.charAt(0) !== "_") out[k] = self[k];
    });
    return JSON.stringify(out);
  },
};

const Observable = {
  on: function (ev, fn) {
    this._handlers = this._handlers || {};
    (this._handlers[ev] = this._handlers[ev] || []).push(fn);
    return this;
  },
  trigger: function (ev, data) {
    const list = (this._handlers && this._handlers[ev]) || [];
    for (let i = 0; i < list.length; i++) list[i].call(this, data);
    return list.length;
  },
};

const Validatable = {
  validate: function () {
    const errors = [];
    const rules = this.rules || {};
    for (const field in rules) {
      const msg = rules[field](this[field]);
      if (msg) errors.push(field + ": " + msg);
    }
    return errors;
  },
};

function Model(attrs) {
  Object.assign(this, attrs);
}
Model.prototype.set = function (key, value) {
  const old = this[key];
  this[key] = value;
  if (old !== value) this.trigger("change", { key: key, from: old, to: value });
  return this;
};
Object.assign(Model.prototype, Serializable, Observable, Validatable);

function User(attrs) {
  Model.call(this, attrs);
}
User.prototype = Object.create(Model.prototype);
User.prototype.constructor = User;
User.prototype.rules = {
  name: function (v) { return v && v.length >= 2 ? null : "too short"; },
  age: function (v) { return v >= 0 && v < 150 ? null : "out of range"; },
  email: function (v) { return /@/.test(v) ? null : "missing @"; },
};
User.prototype.greet = function () { return "Hi, I'm " + this.name; };

const u = new User({ name: "Ada", age: 36, email: "ada@engine.org" });
const changes = [];
u.on("change", function (c) { changes.push(c.key + ": " + c.from + " -> " + c.to); });
u.on("change", function () { changes.push("(second handler sees " + this.name + ")"); });
console.log(u.greet());
console.log(u.serialize());
u.set("age", 37).set("age", 37).set("name", "Ada L.");
console.log(changes.join("; "));
console.log("valid:", u.validate());
u.set("email", "nope").set("age", 200).set("name", "A");
console.log("errors:", u.validate());
console.log(u.serialize());
console.log(typeof User.prototype.serialize, u.hasOwnProperty("serialize"), "trigger" in u, u instanceof Model);
const plain = Object.assign(Object.create(Observable), { label: "plain" });
console.log("handlers fired:", plain.trigger("nothing"), plain.on("x", function (d) { console.log("x fired with", d); }).trigger("x", [1, 2]));
