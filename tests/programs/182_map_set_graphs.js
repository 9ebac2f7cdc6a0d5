// Keyed collections in real use: word counts, an LRU cache built on Map's
// insertion order, graph search with a visited Set, and iteration while
// the collection changes.
const text = `the quick brown fox jumps over the lazy dog the fox barks
and the dog sleeps while the quick fox runs over the hill`;

const counts = new Map();
for (const w of text.split(/\s+/)) counts.set(w, (counts.get(w) || 0) + 1);
const top = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 5);
console.log('distinct words:', counts.size);
console.log('top:', top.map(([w, n]) => `${w}=${n}`).join(' '));

{
  // An LRU cache: deleting and re-inserting moves a key to the end.
  function makeLru(limit) {
    const m = new Map();
    return {
      get(k) {
        if (!m.has(k)) return undefined;
        const v = m.get(k);
        m.delete(k);
        m.set(k, v);
        return v;
      },
      put(k, v) {
        if (m.has(k)) m.delete(k);
        else if (m.size === limit) m.delete(m.keys().next().value);
        m.set(k, v);
      },
      keys: () => [...m.keys()],
    };
  }
  const lru = makeLru(3);
  lru.put('a', 1);
  lru.put('b', 2);
  lru.put('c', 3);
  lru.get('a');
  lru.put('d', 4);
  console.log('lru keys:', lru.keys().join(','), 'b evicted:', lru.get('b') === undefined);
}

// Breadth-first search over an adjacency Map with a visited Set.
const edges = [['A', 'B'], ['A', 'C'], ['B', 'D'], ['C', 'D'], ['D', 'E'], ['F', 'G']];
const graph = new Map();
for (const [a, b] of edges) {
  if (!graph.has(a)) graph.set(a, new Set());
  if (!graph.has(b)) graph.set(b, new Set());
  graph.get(a).add(b);
  graph.get(b).add(a);
}
function bfs(start) {
  const seen = new Set([start]);
  const dist = new Map([[start, 0]]);
  const queue = [start];
  while (queue.length) {
    const n = queue.shift();
    for (const m of graph.get(n)) {
      if (!seen.has(m)) {
        seen.add(m);
        dist.set(m, dist.get(n) + 1);
        queue.push(m);
      }
    }
  }
  return dist;
}
console.log(bfs('A'));
console.log('components:', (() => {
  const left = new Set(graph.keys());
  let n = 0;
  for (const v of graph.keys()) {
    if (!left.has(v)) continue;
    n++;
    for (const k of bfs(v).keys()) left.delete(k);
  }
  return n;
})());

// SameValueZero keys: NaN finds NaN, -0 is +0, objects by identity.
const keyed = new Map([[NaN, 'nan'], [0, 'zero']]);
const obj = { id: 1 };
keyed.set(obj, 'object').set('1', 'string one').set(1, 'number one');
console.log(keyed.get(NaN), keyed.get(-0), keyed.get({ id: 1 }), keyed.get(obj), keyed.get('1'), keyed.get(1));
console.log(keyed);

// Changing a collection while iterating it: deleted entries are skipped,
// added ones are visited.
const s = new Set([1, 2, 3, 4]);
const visited = [];
for (const v of s) {
  visited.push(v);
  if (v === 1) s.delete(2);
  if (v === 3) s.add(5);
}
console.log('visited:', visited.join(','), 'set:', [...s].join(','));
const m = new Map([['x', 1]]);
let steps = 0;
m.forEach((v, k, map) => {
  if (steps++ < 3) map.set(k + 'x', v + 1);
});
console.log([...m.entries()].map((e) => e.join(':')).join(' '));
s.clear();
console.log(s.size, s, new Set('hello'), Object.prototype.toString.call(new Map().entries()));
try {
  Set.prototype.add.call({}, 1);
} catch (e) {
  console.log(e.constructor.name + ': ' + e.message);
}
