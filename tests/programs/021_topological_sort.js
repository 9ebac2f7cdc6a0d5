// Build-order resolution with topological sort (Kahn + DFS) and cycle detection
const deps = {
  app: ["ui", "net", "log"],
  ui: ["gfx", "log"],
  net: ["log", "crypto"],
  gfx: ["math"],
  crypto: ["math"],
  math: [],
  log: [],
};

function kahn(graph) {
  const indeg = {};
  Object.keys(graph).forEach(function (k) { indeg[k] = 0; });
  Object.keys(graph).forEach(function (k) {
    graph[k].forEach(function () { indeg[k]++; });
  });
  const dependents = {};
  Object.keys(graph).forEach(function (k) {
    graph[k].forEach(function (d) {
      (dependents[d] = dependents[d] || []).push(k);
    });
  });
  const ready = Object.keys(indeg).filter(function (k) { return indeg[k] === 0; }).sort();
  const order = [];
  while (ready.length) {
    const n = ready.shift();
    order.push(n);
    (dependents[n] || []).forEach(function (m) {
      if (--indeg[m] === 0) {
        ready.push(m);
        ready.sort();
      }
    });
  }
  if (order.length !== Object.keys(graph).length) throw new Error("cycle detected");
  return order;
}

function dfsOrder(graph) {
  const state = {};
  const order = [];
  function visit(n, trail) {
    if (state[n] === "done") return;
    if (state[n] === "active") throw new Error("cycle: " + trail.concat(n).join(" -> "));
    state[n] = "active";
    graph[n].forEach(function (d) { visit(d, trail.concat(n)); });
    state[n] = "done";
    order.push(n);
  }
  Object.keys(graph).forEach(function (n) { visit(n, []); });
  return order;
}

console.log("kahn:", kahn(deps).join(", "));
console.log("dfs: ", dfsOrder(deps).join(", "));

const cyclic = { a: ["b"], b: ["c"], c: ["a"], d: [] };
try {
  kahn(cyclic);
} catch (e) {
  console.log("kahn error:", e.message);
}
try {
  dfsOrder(cyclic);
} catch (e) {
  console.log("dfs error:", e.message);
}
