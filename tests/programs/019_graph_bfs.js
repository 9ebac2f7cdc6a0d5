// Breadth-first search on an undirected graph: distances, paths, components
const edges = [
  ["A", "B"], ["A", "C"], ["B", "D"], ["C", "D"], ["D", "E"],
  ["E", "F"], ["G", "H"], ["H", "I"], ["J", "J"],
];

const graph = {};
function addEdge(a, b) {
  if (!graph[a]) graph[a] = [];
  if (!graph[b]) graph[b] = [];
  if (graph[a].indexOf(b) < 0) graph[a].push(b);
  if (graph[b].indexOf(a) < 0) graph[b].push(a);
}
edges.forEach(function (e) { addEdge(e[0], e[1]); });

function bfs(start) {
  const dist = {};
  const parent = {};
  dist[start] = 0;
  parent[start] = null;
  const queue = [start];
  while (queue.length > 0) {
    const u = queue.shift();
    graph[u].forEach(function (v) {
      if (!(v in dist)) {
        dist[v] = dist[u] + 1;
        parent[v] = u;
        queue.push(v);
      }
    });
  }
  return { dist: dist, parent: parent };
}

function path(parent, target) {
  if (!(target in parent)) return null;
  const p = [];
  for (let cur = target; cur !== null; cur = parent[cur]) p.unshift(cur);
  return p;
}

const r = bfs("A");
Object.keys(r.dist).sort().forEach(function (k) {
  console.log("dist A->" + k + " = " + r.dist[k]);
});
console.log("path A->F:", path(r.parent, "F").join(" -> "));
console.log("path A->H:", path(r.parent, "H"));

const seen = {};
const components = [];
Object.keys(graph).sort().forEach(function (node) {
  if (seen[node]) return;
  const comp = Object.keys(bfs(node).dist).sort();
  comp.forEach(function (n) { seen[n] = true; });
  components.push(comp);
});
console.log("components:", components.length);
components.forEach(function (c) { console.log("  {" + c.join(",") + "}"); });
console.log(graph.D);
