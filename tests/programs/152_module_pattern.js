// The revealing module pattern with IIFEs, private state and namespaces
const App = {};

App.Logger = (function () {
  const lines = [];
  let level = "info";
  const order = { debug: 0, info: 1, warn: 2, error: 3 };
  function log(lvl, msg) {
    if (order[lvl] >= order[level]) lines.push(lvl.toUpperCase().padEnd(5) + " " + msg);
  }
  return {
    setLevel: function (l) {
      if (!(l in order)) throw new RangeError("bad level " + l);
      level = l;
    },
    debug: function (m) { log("debug", m); },
    info: function (m) { log("info", m); },
    warn: function (m) { log("warn", m); },
    error: function (m) { log("error", m); },
    dump: function () { return lines.slice(); },
  };
})();

App.Ids = (function () {
  let next = 1;
  const prefixCounts = {};
  return {
    next: function (prefix) {
      prefixCounts[prefix] = (prefixCounts[prefix] || 0) + 1;
      return prefix + "-" + String(next++).padStart(4, "0");
    },
    stats: function () { return JSON.stringify(prefixCounts); },
  };
})();

App.Store = (function (logger, ids) {
  const records = {};
  function create(kind, data) {
    const id = ids.next(kind);
    records[id] = Object.assign({ id: id, kind: kind }, data);
    logger.debug("created " + id);
    return id;
  }
  function find(pred) {
    return Object.keys(records).map(function (k) { return records[k]; }).filter(pred);
  }
  function remove(id) {
    if (!records[id]) {
      logger.warn("remove of missing " + id);
      return false;
    }
    delete records[id];
    logger.info("removed " + id);
    return true;
  }
  return { create: create, find: find, remove: remove, count: function () { return Object.keys(records).length; } };
})(App.Logger, App.Ids);

App.Logger.info("starting");
const u1 = App.Store.create("user", { name: "ann" });
App.Logger.setLevel("debug");
const u2 = App.Store.create("user", { name: "bob" });
const p1 = App.Store.create("post", { author: u1, title: "Hello" });
App.Store.create("post", { author: u2, title: "Second" });
App.Store.remove(p1);
App.Store.remove("post-9999");
App.Logger.setLevel("warn");
App.Logger.info("this is filtered");
App.Logger.error("disk almost full");
try {
  App.Logger.setLevel("verbose");
} catch (e) {
  console.log(e.name + ": " + e.message);
}
App.Logger.dump().forEach(function (l) { console.log(l); });
console.log("records:", App.Store.count(), "ids:", App.Ids.stats());
console.log(App.Store.find(function (r) { return r.kind === "post"; }).map(function (r) { return r.title + " by " + r.author; }));
console.log("private state hidden:", typeof App.Logger.lines, typeof App.Store.records, Object.keys(App).join(","));
