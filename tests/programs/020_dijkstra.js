// Dijkstra's shortest paths with a simple binary heap priority queue
function MinHeap() { this.items = []; }
MinHeap.prototype.push = function (pri, val) {
  const a = this.items;
  a.push({ pri: pri, val: val });
  let i = a.length - 1;
  while (i > 0) {
    const p = (i - 1) >> 1;
    if (a[p].pri <= a[i].pri) break;
    const t = a[p]; a[p] = a[i]; a[i] = t;
    i = p;
  }
};
MinHeap.prototype.pop = function () {
  const a = this.items;
  const top = a[0];
  const last = a.pop();
  if (a.length > 0) {
    a[0] = last;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1, r = l + 1;
      let m = i;
      if (l < a.length && a[l].pri < a[m].pri) m = l;
      if (r < a.length && a[r].pri < a[m].pri) m = r;
      if (m === i) break;
      const t = a[m]; a[m] = a[i]; a[i] = t;
      i = m;
    }
  }
  return top;
};
MinHeap.prototype.size = function () { return this.items.length; };

const roads = {
  Amsterdam: { Utrecht: 45, Haarlem: 20, Leiden: 40 },
  Haarlem: { Amsterdam: 20, Leiden: 30 },
  Leiden: { Haarlem: 30, Amsterdam: 40, Hague: 20, Utrecht: 60 },
  Hague: { Leiden: 20, Rotterdam: 25 },
  Utrecht: { Amsterdam: 45, Leiden: 60, Rotterdam: 55, Arnhem: 65 },
  Rotterdam: { Hague: 25, Utrecht: 55, Breda: 50 },
  Breda: { Rotterdam: 50, Eindhoven: 60 },
  Eindhoven: { Breda: 60, Arnhem: 85 },
  Arnhem: { Utrecht: 65, Eindhoven: 85 },
};

function dijkstra(graph, src) {
  const dist = {}, prev = {};
  Object.keys(graph).forEach(function (k) { dist[k] = Infinity; prev[k] = null; });
  dist[src] = 0;
  const pq = new MinHeap();
  pq.push(0, src);
  while (pq.size() > 0) {
    const cur = pq.pop();
    if (cur.pri > dist[cur.val]) continue;
    const nbrs = graph[cur.val];
    for (const n in nbrs) {
      const nd = cur.pri + nbrs[n];
      if (nd < dist[n]) {
        dist[n] = nd;
        prev[n] = cur.val;
        pq.push(nd, n);
      }
    }
  }
  return { dist: dist, prev: prev };
}

const res = dijkstra(roads, "Amsterdam");
Object.keys(res.dist).forEach(function (city) {
  const route = [];
  for (let c = city; c; c = res.prev[c]) route.unshift(c);
  console.log(city.padEnd(10) + String(res.dist[city]).padStart(4) + "  " + route.join(" > "));
});
const h = new MinHeap();
[5, 3, 9, 1, 7, 2, 8].forEach(function (x) { h.push(x, "v" + x); });
const out = [];
while (h.size()) out.push(h.pop().val);
console.log(out.join(" "));
