// LRU cache using an object index plus a doubly linked list
function LRUCache(capacity) {
  this.capacity = capacity;
  this.index = {};
  this.size = 0;
  this.head = { key: null, prev: null, next: null };
  this.tail = { key: null, prev: this.head, next: null };
  this.head.next = this.tail;
  this.hits = 0;
  this.misses = 0;
  this.evicted = [];
}

LRUCache.prototype._unlink = function (node) {
  node.prev.next = node.next;
  node.next.prev = node.prev;
};

LRUCache.prototype._pushFront = function (node) {
  node.next = this.head.next;
  node.prev = this.head;
  this.head.next.prev = node;
  this.head.next = node;
};

LRUCache.prototype.get = function (key) {
  const node = this.index["k" + key];
  if (!node) { this.misses++; return undefined; }
  this.hits++;
  this._unlink(node);
  this._pushFront(node);
  return node.value;
};

LRUCache.prototype.put = function (key, value) {
  const existing = this.index["k" + key];
  if (existing) {
    existing.value = value;
    this._unlink(existing);
    this._pushFront(existing);
    return;
  }
  if (this.size === this.capacity) {
    const lru = this.tail.prev;
    this._unlink(lru);
    delete this.index["k" + lru.key];
    this.evicted.push(lru.key);
    this.size--;
  }
  const node = { key: key, value: value, prev: null, next: null };
  this._pushFront(node);
  this.index["k" + key] = node;
  this.size++;
};

LRUCache.prototype.keys = function () {
  const out = [];
  for (let n = this.head.next; n !== this.tail; n = n.next) out.push(n.key);
  return out;
};

const cache = new LRUCache(3);
cache.put("a", 1);
cache.put("b", 2);
cache.put("c", 3);
console.log(cache.keys().join(","));
console.log(cache.get("a"));
cache.put("d", 4);
console.log(cache.keys().join(","), "evicted:", cache.evicted.join(","));
console.log(cache.get("b"), cache.get("c"));
cache.put("a", 10);
cache.put("e", 5);
console.log(cache.keys().join(","), "evicted:", cache.evicted.join(","));

// simulate a cache in front of a slow function
const slowSquare = function (n) { return n * n; };
const c2 = new LRUCache(4);
const requests = [1, 2, 3, 1, 4, 5, 1, 2, 6, 1, 3, 3, 7, 1];
const results = requests.map(function (n) {
  let v = c2.get(n);
  if (v === undefined) {
    v = slowSquare(n);
    c2.put(n, v);
  }
  return v;
});
console.log(results.join(" "));
console.log("hits=" + c2.hits + " misses=" + c2.misses + " final=" + c2.keys().join(","));
