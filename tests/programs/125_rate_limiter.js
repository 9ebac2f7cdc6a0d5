// Token bucket and sliding-window rate limiters driven by a simulated clock
function TokenBucket(capacity, refillPerSec) {
  this.capacity = capacity;
  this.tokens = capacity;
  this.rate = refillPerSec;
  this.last = 0;
}
TokenBucket.prototype.allow = function (now, cost) {
  cost = cost || 1;
  const elapsed = (now - this.last) / 1000;
  this.tokens = Math.min(this.capacity, this.tokens + elapsed * this.rate);
  this.last = now;
  if (this.tokens >= cost) {
    this.tokens -= cost;
    return true;
  }
  return false;
};

function SlidingWindow(limit, windowMs) {
  this.limit = limit;
  this.windowMs = windowMs;
  this.hits = {};
}
SlidingWindow.prototype.allow = function (client, now) {
  const list = (this.hits[client] = this.hits[client] || []);
  while (list.length && list[0] <= now - this.windowMs) list.shift();
  if (list.length < this.limit) {
    list.push(now);
    return true;
  }
  return false;
};

const bucket = new TokenBucket(5, 2);
const times = [0, 10, 20, 30, 40, 50, 60, 500, 700, 1000, 1100, 1200, 3000, 3001, 3002, 3003, 3004, 3005, 3006];
const decisions = times.map(function (t) { return (bucket.allow(t) ? "+" : "-"); });
console.log("bucket:  " + decisions.join(""));
console.log("tokens left: " + bucket.tokens.toFixed(2));

const expensive = new TokenBucket(10, 1);
[[0, 4], [100, 4], [200, 4], [2200, 4], [5000, 10], [5100, 1]].forEach(function (p) {
  console.log("t=" + p[0] + " cost " + p[1] + ": " + (expensive.allow(p[0], p[1]) ? "ok" : "throttled") + " (" + expensive.tokens.toFixed(1) + " left)");
});

const sw = new SlidingWindow(3, 1000);
const requests = [
  ["alice", 0], ["alice", 100], ["bob", 150], ["alice", 200], ["alice", 300], ["bob", 400],
  ["alice", 1000], ["alice", 1050], ["alice", 1150], ["alice", 1250], ["bob", 1300], ["alice", 2300],
];
const summary = {};
requests.forEach(function (r) {
  const ok = sw.allow(r[0], r[1]);
  summary[r[0]] = summary[r[0]] || { ok: 0, denied: 0 };
  summary[r[0]][ok ? "ok" : "denied"]++;
  console.log(String(r[1]).padStart(5) + "ms " + r[0].padEnd(6) + (ok ? "allowed" : "DENIED"));
});
console.log(summary);
