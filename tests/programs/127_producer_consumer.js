// Producer/consumer pipeline simulated with cooperative step functions
function Channel(capacity) {
  this.buf = [];
  this.capacity = capacity;
  this.closed = false;
  this.maxSeen = 0;
}
Channel.prototype.canPut = function () { return this.buf.length < this.capacity; };
Channel.prototype.put = function (x) {
  if (this.closed) throw new Error("put on closed channel");
  this.buf.push(x);
  if (this.buf.length > this.maxSeen) this.maxSeen = this.buf.length;
};
Channel.prototype.canTake = function () { return this.buf.length > 0; };
Channel.prototype.take = function () { return this.buf.shift(); };

function producer(name, items, out) {
  let i = 0;
  return {
    name: name,
    done: false,
    step: function () {
      if (i >= items.length) { this.done = true; return "finished"; }
      if (!out.canPut()) return "blocked";
      out.put(name + ":" + items[i++]);
      return "produced";
    },
  };
}

function worker(name, input, output, producers, transform) {
  return {
    name: name,
    done: false,
    step: function () {
      if (!input.canTake()) {
        const allDone = producers.every(function (p) { return p.done; });
        if (allDone) { this.done = true; return "finished"; }
        return "idle";
      }
      if (!output.canPut()) return "blocked";
      output.put(transform(input.take()));
      return "worked";
    },
  };
}

const raw = new Channel(2);
const processed = new Channel(3);
const p1 = producer("p1", ["apple", "kiwi", "fig"], raw);
const p2 = producer("p2", ["plum", "lime"], raw);
const w = worker("upper", raw, processed, [p1, p2], function (s) { return s.toUpperCase(); });

const results = [];
const stats = {};
const actors = [p1, p2, w];
let tick = 0;
while (!(w.done && processed.buf.length === 0) && tick < 100) {
  const events = actors.map(function (a) {
    const r = a.done ? "-" : a.step();
    stats[a.name + ":" + r] = (stats[a.name + ":" + r] || 0) + 1;
    return a.name + "=" + r;
  });
  // the consumer drains one item every other tick
  if (tick % 2 === 1 && processed.canTake()) results.push(processed.take());
  console.log("tick " + String(tick).padStart(2) + " " + events.join(" ") + " | raw=" + raw.buf.length + " out=" + processed.buf.length);
  tick++;
}
console.log("results:", results);
console.log("max buffered raw=" + raw.maxSeen + " processed=" + processed.maxSeen);
console.log(JSON.stringify(stats));
