// A small dependency injection container with singletons, factories and cycle detection
function Container() {
  this.registry = {};
  this.instances = {};
  this.resolving = [];
  this.created = [];
}

Container.prototype.register = function (name, deps, factory, opts) {
  this.registry[name] = { deps: deps, factory: factory, singleton: !opts || opts.singleton !== false };
  return this;
};

Container.prototype.resolve = function (name) {
  const entry = this.registry[name];
  if (!entry) throw new ReferenceError("no provider for '" + name + "'" + (this.resolving.length ? " (needed by " + this.resolving[this.resolving.length - 1] + ")" : ""));
  if (entry.singleton && this.instances.hasOwnProperty(name)) return this.instances[name];
  if (this.resolving.indexOf(name) >= 0) {
    throw new Error("circular dependency: " + this.resolving.concat(name).join(" -> "));
  }
  this.resolving.push(name);
  try {
    const self = this;
    const args = entry.deps.map(function (d) { return self.resolve(d); });
    const inst = entry.factory.apply(null, args);
    this.created.push(name);
    if (entry.singleton) this.instances[name] = inst;
    return inst;
  } finally {
    this.resolving.pop();
  }
};

const c = new Container();
c.register("config", [], function () { return { dbUrl: "mem://test", retries: 2 }; });
c.register("logger", ["config"], function (cfg) {
  const lines = [];
  return { log: function (m) { lines.push(m); }, lines: lines, retries: cfg.retries };
});
c.register("db", ["config", "logger"], function (cfg, log) {
  log.log("connecting to " + cfg.dbUrl);
  const rows = {};
  return {
    put: function (k, v) { rows[k] = v; log.log("put " + k); },
    get: function (k) { return rows[k]; },
  };
});
c.register("userService", ["db", "logger"], function (db, log) {
  return {
    add: function (id, name) { db.put("user:" + id, { name: name }); },
    name: function (id) { const u = db.get("user:" + id); return u ? u.name : null; },
  };
});
c.register("requestId", [], (function () { let n = 0; return function () { return "req-" + (++n); }; })(), { singleton: false });

const users = c.resolve("userService");
users.add(1, "Ann");
users.add(2, "Bob");
console.log(users.name(1), users.name(2), users.name(3));
console.log("same logger:", c.resolve("logger") === c.resolve("logger"));
console.log("transient ids:", c.resolve("requestId"), c.resolve("requestId"), c.resolve("requestId"));
console.log("log:", c.resolve("logger").lines.join("; "));
console.log("creation order:", c.created.join(", "));

c.register("a", ["b"], function (b) { return { b: b }; });
c.register("b", ["c"], function (x) { return { c: x }; });
c.register("c", ["a"], function (x) { return { a: x }; });
c.register("needsMissing", ["logger", "mailer"], function () { return {}; });
["a", "needsMissing", "nothing"].forEach(function (n) {
  try {
    c.resolve(n);
  } catch (e) {
    console.log(e.name + ": " + e.message);
  }
});
console.log("resolving stack clean:", c.resolving.length === 0);
