// Disjoint set union with path compression; Kruskal's minimum spanning tree
function DSU(n) {
  this.parent = [];
  this.rank = [];
  for (let i = 0; i < n; i++) { this.parent.push(i); this.rank.push(0); }
  this.sets = n;
}
DSU.prototype.find = function (x) {
  while (this.parent[x] !== x) {
    this.parent[x] = this.parent[this.parent[x]];
    x = this.parent[x];
  }
  return x;
};
DSU.prototype.union = function (a, b) {
  let ra = this.find(a), rb = this.find(b);
  if (ra === rb) return false;
  if (this.rank[ra] < this.rank[rb]) { const t = ra; ra = rb; rb = t; }
  this.parent[rb] = ra;
  if (this.rank[ra] === this.rank[rb]) this.rank[ra]++;
  this.sets--;
  return true;
};

const cities = ["Oslo", "Bergen", "Trondheim", "Stavanger", "Tromso", "Bodo", "Alesund"];
const edges = [
  [0, 1, 463], [0, 2, 494], [0, 3, 548], [1, 3, 210], [1, 6, 380], [2, 6, 287],
  [2, 5, 712], [5, 4, 566], [2, 4, 1138], [3, 6, 520], [0, 6, 530], [1, 2, 650],
];

function kruskal(n, edges) {
  const sorted = edges.slice().sort(function (a, b) { return a[2] - b[2]; });
  const dsu = new DSU(n);
  const chosen = [];
  let total = 0;
  sorted.forEach(function (e) {
    if (dsu.union(e[0], e[1])) {
      chosen.push(e);
      total += e[2];
    }
  });
  return { edges: chosen, total: total, connected: dsu.sets === 1 };
}

const mst = kruskal(cities.length, edges);
mst.edges.forEach(function (e) {
  console.log(cities[e[0]].padEnd(10) + " - " + cities[e[1]].padEnd(10) + String(e[2]).padStart(5));
});
console.log("total km:", mst.total, "connected:", mst.connected);

// connectivity queries on a friendship network
const d = new DSU(10);
[[0, 1], [2, 3], [1, 3], [5, 6], [7, 8], [8, 9], [6, 9]].forEach(function (p) { d.union(p[0], p[1]); });
console.log("groups:", d.sets);
[[0, 2], [0, 4], [5, 7], [4, 4], [3, 9]].forEach(function (q) {
  console.log(q[0] + "~" + q[1] + ": " + (d.find(q[0]) === d.find(q[1])));
});
const groups = {};
for (let i = 0; i < 10; i++) {
  const r = d.find(i);
  (groups[r] = groups[r] || []).push(i);
}
console.log(Object.keys(groups).map(function (k) { return "{" + groups[k].join(",") + "}"; }).join(" "));
