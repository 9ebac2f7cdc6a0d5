// All-pairs shortest paths with Floyd-Warshall, path reconstruction and negative cycle check
const INF = Infinity;
const names = ["A", "B", "C", "D", "E"];
const edges = [
  ["A", "B", 3], ["A", "C", 8], ["A", "E", -4], ["B", "D", 1], ["B", "E", 7],
  ["C", "B", 4], ["D", "A", 2], ["D", "C", -5], ["E", "D", 6],
];

function floyd(n, edgeList) {
  const dist = [], next = [];
  for (let i = 0; i < n; i++) {
    dist.push(Array(n).fill(INF));
    next.push(Array(n).fill(-1));
    dist[i][i] = 0;
    next[i][i] = i;
  }
  edgeList.forEach(function (e) {
    dist[e[0]][e[1]] = e[2];
    next[e[0]][e[1]] = e[1];
  });
  for (let k = 0; k < n; k++)
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++)
        if (dist[i][k] + dist[k][j] < dist[i][j]) {
          dist[i][j] = dist[i][k] + dist[k][j];
          next[i][j] = next[i][k];
        }
  const negative = dist.some(function (row, i) { return row[i] < 0; });
  return { dist: dist, next: next, negative: negative };
}

function path(next, i, j) {
  if (next[i][j] === -1) return null;
  const p = [i];
  while (i !== j) {
    i = next[i][j];
    p.push(i);
  }
  return p;
}

const idx = {};
names.forEach(function (n, i) { idx[n] = i; });
const r = floyd(names.length, edges.map(function (e) { return [idx[e[0]], idx[e[1]], e[2]]; }));
console.log("     " + names.map(function (n) { return n.padStart(4); }).join(""));
r.dist.forEach(function (row, i) {
  console.log(names[i].padEnd(5) + row.map(function (d) { return (d === INF ? "inf" : String(d)).padStart(4); }).join(""));
});
console.log("negative cycle:", r.negative);
[["A", "C"], ["C", "E"], ["E", "B"], ["B", "A"]].forEach(function (q) {
  const p = path(r.next, idx[q[0]], idx[q[1]]);
  console.log(q[0] + " -> " + q[1] + ": " + p.map(function (i) { return names[i]; }).join(" ") + " (cost " + r.dist[idx[q[0]]][idx[q[1]]] + ")");
});

const r2 = floyd(3, [[0, 1, 1], [1, 2, -1], [2, 0, -1]]);
console.log("triangle with negative cycle:", r2.negative);
const r3 = floyd(3, [[0, 1, 5]]);
console.log("disconnected 2->0:", r3.dist[2][0], "path:", path(r3.next, 2, 0));
