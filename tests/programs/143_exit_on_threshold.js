// Monitoring loop that exits early with status 3 when a threshold is crossed
function makeSensor(seed) {
  let s = seed;
  return function () {
    s = (s * 1103 + 12345) % 65536;
    return 20 + (s % 1000) / 50;
  };
}

const sensors = {
  boiler: makeSensor(7),
  intake: makeSensor(99),
  exhaust: makeSensor(1234),
};
const limits = { boiler: 38, intake: 39, exhaust: 38.5 };
const history = {};
Object.keys(sensors).forEach(function (k) { history[k] = []; });

function report(tick) {
  const parts = Object.keys(history).map(function (k) {
    const h = history[k];
    const avg = h.reduce(function (a, b) { return a + b; }, 0) / h.length;
    return k + " avg " + avg.toFixed(2);
  });
  console.log("tick " + tick + ": " + parts.join(", "));
}

for (let tick = 1; tick <= 50; tick++) {
  Object.keys(sensors).forEach(function (name) {
    const v = sensors[name]();
    history[name].push(v);
    if (v > limits[name]) {
      console.log("ALERT tick " + tick + ": " + name + " reading " + v.toFixed(2) + " exceeds " + limits[name]);
      report(tick);
      console.log("shutting down with exit code 3");
      process.exit(3);
    }
  });
  if (tick % 5 === 0) report(tick);
}
console.log("all readings nominal");
