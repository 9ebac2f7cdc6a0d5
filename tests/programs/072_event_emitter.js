// An event emitter with on/off/once and listener ordering
function Emitter() {
  this.listeners = {};
}

Emitter.prototype.on = function (event, fn) {
  (this.listeners[event] = this.listeners[event] || []).push({ fn: fn, once: false });
  return this;
};

Emitter.prototype.once = function (event, fn) {
  (this.listeners[event] = this.listeners[event] || []).push({ fn: fn, once: true });
  return this;
};

Emitter.prototype.off = function (event, fn) {
  const list = this.listeners[event];
  if (!list) return this;
  this.listeners[event] = list.filter(function (l) { return l.fn !== fn; });
  return this;
};

Emitter.prototype.emit = function (event) {
  const args = Array.prototype.slice.call(arguments, 1);
  const list = (this.listeners[event] || []).slice();
  if (list.length === 0) return false;
  const self = this;
  this.listeners[event] = this.listeners[event].filter(function (l) { return !l.once; });
  list.forEach(function (l) { l.fn.apply(self, args); });
  return true;
};

Emitter.prototype.count = function (event) {
  return (this.listeners[event] || []).length;
};

const bus = new Emitter();
const log = [];
function onData(x) { log.push("data:" + x); }
bus.on("data", onData);
bus.on("data", function (x) { log.push("double:" + x * 2); });
bus.once("data", function (x) { log.push("first-only:" + x); });
bus.on("end", function () { log.push("end with " + this.count("data") + " data listeners"); });

console.log(bus.emit("data", 1), bus.emit("data", 2));
bus.off("data", onData);
bus.emit("data", 3);
console.log(bus.emit("missing"));
bus.emit("end");
log.forEach(function (l) { console.log(l); });

// a store that notifies subscribers
function Store(reducer, state) {
  Emitter.call(this);
  this.state = state;
  this.reducer = reducer;
}
Store.prototype = Object.create(Emitter.prototype);
Store.prototype.constructor = Store;
Store.prototype.dispatch = function (action) {
  const prev = this.state;
  this.state = this.reducer(prev, action);
  if (prev !== this.state) this.emit("change", this.state, action.type);
};

const store = new Store(function (s, a) {
  switch (a.type) {
    case "inc": return { count: s.count + (a.by || 1) };
    case "reset": return { count: 0 };
    default: return s;
  }
}, { count: 0 });
store.on("change", function (st, type) { console.log("change via " + type + ": " + JSON.stringify(st)); });
store.dispatch({ type: "inc" });
store.dispatch({ type: "inc", by: 5 });
store.dispatch({ type: "noop" });
store.dispatch({ type: "reset" });
console.log(store instanceof Emitter, store.count("change"));
