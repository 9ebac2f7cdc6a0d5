// Task scheduler using a binary heap priority queue keyed by (priority, seq)
function PriorityQueue(cmp) {
  this.heap = [];
  this.cmp = cmp;
}
PriorityQueue.prototype.size = function () { return this.heap.length; };
PriorityQueue.prototype.push = function (x) {
  const h = this.heap;
  h.push(x);
  let i = h.length - 1;
  while (i > 0) {
    const p = Math.floor((i - 1) / 2);
    if (this.cmp(h[i], h[p]) >= 0) break;
    const t = h[i]; h[i] = h[p]; h[p] = t;
    i = p;
  }
};
PriorityQueue.prototype.pop = function () {
  const h = this.heap;
  if (h.length === 0) return undefined;
  const top = h[0];
  const last = h.pop();
  if (h.length) {
    h[0] = last;
    let i = 0;
    while (true) {
      let s = i;
      const l = i * 2 + 1, r = l + 1;
      if (l < h.length && this.cmp(h[l], h[s]) < 0) s = l;
      if (r < h.length && this.cmp(h[r], h[s]) < 0) s = r;
      if (s === i) break;
      const t = h[i]; h[i] = h[s]; h[s] = t;
      i = s;
    }
  }
  return top;
};
PriorityQueue.prototype.peek = function () { return this.heap[0]; };

let seq = 0;
const pq = new PriorityQueue(function (a, b) {
  return a.priority - b.priority || a.seq - b.seq;
});
function schedule(name, priority, cost) {
  pq.push({ name: name, priority: priority, cost: cost, seq: seq++ });
}

schedule("backup database", 3, 5);
schedule("serve request A", 1, 1);
schedule("rotate logs", 5, 2);
schedule("serve request B", 1, 1);
schedule("send emails", 2, 3);
schedule("compress images", 4, 4);
schedule("serve request C", 1, 1);

let clock = 0;
while (pq.size() > 0) {
  const task = pq.pop();
  clock += task.cost;
  console.log("t=" + String(clock).padStart(2) + " p" + task.priority + " " + task.name);
  if (task.name === "send emails") {
    schedule("retry failed email", 2, 1);
    schedule("urgent alert", 0, 1);
  }
}

const nums = new PriorityQueue(function (a, b) { return b - a; });
[5, 1, 8, 3, 9, 2, 7].forEach(function (n) { nums.push(n); });
console.log("peek:", nums.peek());
const out = [];
while (nums.size()) out.push(nums.pop());
console.log("max-heap order:", out.join(" "), nums.pop());
