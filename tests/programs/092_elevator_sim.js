// Elevator controller simulation with a SCAN (elevator) scheduling policy
function Elevator(floors) {
  this.floors = floors;
  this.floor = 0;
  this.direction = 1;
  this.stops = {};
  this.log = [];
  this.moved = 0;
}

Elevator.prototype.request = function (floor) {
  if (floor < 0 || floor >= this.floors) throw new RangeError("no floor " + floor);
  this.stops[floor] = true;
};

Elevator.prototype.pending = function () {
  return Object.keys(this.stops).map(function (k) { return +k; }).sort(function (a, b) { return a - b; });
};

Elevator.prototype.step = function () {
  const p = this.pending();
  if (p.length === 0) return false;
  const self = this;
  const ahead = p.filter(function (f) { return self.direction > 0 ? f >= self.floor : f <= self.floor; });
  if (ahead.length === 0) {
    this.direction = -this.direction;
    this.log.push("reverse at " + this.floor);
    return true;
  }
  if (this.stops[this.floor]) {
    delete this.stops[this.floor];
    this.log.push("stop at " + this.floor);
    return true;
  }
  this.floor += this.direction;
  this.moved++;
  return true;
};

const e = new Elevator(10);
const schedule = { 0: [5, 2], 3: [8], 6: [1], 9: [0, 9], 14: [4] };
let tick = 0;
while (tick < 60) {
  if (schedule[tick]) {
    schedule[tick].forEach(function (f) { e.request(f); });
    console.log("t" + tick + ": requests " + schedule[tick].join(",") + " pending=[" + e.pending().join(",") + "]");
  }
  const active = e.step();
  if (!active && tick > 14) break;
  tick++;
}
e.log.forEach(function (l) { console.log(l); });
console.log("finished at tick " + tick + ", floor " + e.floor + ", moved " + e.moved + " floors");
try {
  e.request(12);
} catch (err) {
  console.log(err.name + ": " + err.message);
}
