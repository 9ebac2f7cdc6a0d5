// Strongly connected components (Tarjan) and condensation of a directed graph
const graph = {
  a: ["b"], b: ["c", "e", "f"], c: ["d", "g"], d: ["c", "h"],
  e: ["a", "f"], f: ["g"], g: ["f"], h: ["d", "g"], i: ["h", "j"], j: [],
};

function tarjan(g) {
  let index = 0;
  const idx = {}, low = {}, onStack = {}, stack = [], comps = [];
  function strong(v) {
    idx[v] = low[v] = index++;
    stack.push(v);
    onStack[v] = true;
    g[v].forEach(function (w) {
      if (idx[w] === undefined) {
        strong(w);
        low[v] = Math.min(low[v], low[w]);
      } else if (onStack[w]) {
        low[v] = Math.min(low[v], idx[w]);
      }
    });
    if (low[v] === idx[v]) {
      const comp = [];
      let w;
      do {
        w = stack.pop();
        onStack[w] = false;
        comp.push(w);
      } while (w !== v);
      comps.push(comp.sort());
    }
  }
  Object.keys(g).forEach(function (v) { if (idx[v] === undefined) strong(v); });
  return comps;
}

const comps = tarjan(graph);
console.log("components:", comps.length);
comps.forEach(function (c, i) { console.log("  #" + i + " {" + c.join(",") + "}"); });

const compOf = {};
comps.forEach(function (c, i) { c.forEach(function (v) { compOf[v] = i; }); });
const dag = {};
Object.keys(graph).forEach(function (v) {
  graph[v].forEach(function (w) {
    if (compOf[v] !== compOf[w]) {
      const key = compOf[v];
      dag[key] = dag[key] || [];
      if (dag[key].indexOf(compOf[w]) < 0) dag[key].push(compOf[w]);
    }
  });
});
Object.keys(dag).sort().forEach(function (k) {
  console.log("  #" + k + " -> " + dag[k].sort().map(function (x) { return "#" + x; }).join(" "));
});

const sources = comps.map(function (c, i) { return i; }).filter(function (i) {
  return !Object.keys(dag).some(function (k) { return dag[k].indexOf(i) >= 0; });
});
console.log("source components:", sources.map(function (i) { return "{" + comps[i].join(",") + "}"; }).join(" "));
console.log(tarjan({ x: ["y"], y: ["z"], z: [] }), tarjan({ p: ["q"], q: ["p"] }));
