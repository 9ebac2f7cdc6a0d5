// Discrete-time simulation of a bank with tellers and a customer queue
function Lcg(seed) { this.state = seed; }
Lcg.prototype.next = function () {
  this.state = (this.state * 48271) % 2147483647;
  return this.state / 2147483647;
};
Lcg.prototype.int = function (lo, hi) {
  return lo + Math.floor(this.next() * (hi - lo + 1));
};

function simulate(numTellers, minutes, seed) {
  const rng = new Lcg(seed);
  const queue = [];
  const tellers = [];
  for (let i = 0; i < numTellers; i++) tellers.push({ busyUntil: 0, served: 0 });
  let nextId = 1, totalWait = 0, served = 0, maxQueue = 0;
  for (let t = 0; t < minutes; t++) {
    const arrivals = rng.next() < 0.6 ? rng.int(1, 2) : 0;
    for (let a = 0; a < arrivals; a++) {
      queue.push({ id: nextId++, arrived: t, service: rng.int(2, 6) });
    }
    for (let k = 0; k < tellers.length; k++) {
      const teller = tellers[k];
      if (teller.busyUntil <= t && queue.length > 0) {
        const c = queue.shift();
        totalWait += t - c.arrived;
        teller.busyUntil = t + c.service;
        teller.served++;
        served++;
      }
    }
    if (queue.length > maxQueue) maxQueue = queue.length;
  }
  return {
    tellers: numTellers,
    customers: nextId - 1,
    served: served,
    waiting: queue.length,
    avgWait: served ? (totalWait / served).toFixed(2) : "n/a",
    maxQueue: maxQueue,
    perTeller: tellers.map(function (t) { return t.served; }),
  };
}

for (let n = 1; n <= 4; n++) {
  const r = simulate(n, 120, 2024);
  console.log(
    `tellers=${r.tellers} customers=${r.customers} served=${r.served} waiting=${r.waiting} avgWait=${r.avgWait} maxQueue=${r.maxQueue}`
  );
  console.log("  per teller: " + r.perTeller.join(","));
}
