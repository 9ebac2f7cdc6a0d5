// Fixed-size ring buffer used for a moving average over sensor readings
function RingBuffer(capacity) {
  this.data = Array(capacity).fill(0);
  this.capacity = capacity;
  this.start = 0;
  this.length = 0;
}

RingBuffer.prototype.push = function (v) {
  const idx = (this.start + this.length) % this.capacity;
  this.data[idx] = v;
  if (this.length < this.capacity) {
    this.length++;
    return undefined;
  }
  const dropped = this.data[this.start === idx ? idx : this.start];
  this.start = (this.start + 1) % this.capacity;
  return dropped;
};

RingBuffer.prototype.shift = function () {
  if (this.length === 0) throw new RangeError("buffer empty");
  const v = this.data[this.start];
  this.start = (this.start + 1) % this.capacity;
  this.length--;
  return v;
};

RingBuffer.prototype.toArray = function () {
  const out = [];
  for (let i = 0; i < this.length; i++) out.push(this.data[(this.start + i) % this.capacity]);
  return out;
};

function MovingAverage(n) {
  this.buf = new RingBuffer(n);
  this.sum = 0;
}
MovingAverage.prototype.add = function (v) {
  if (this.buf.length === this.buf.capacity) this.sum -= this.buf.toArray()[0];
  this.buf.push(v);
  this.sum += v;
  return this.sum / this.buf.length;
};

const rb = new RingBuffer(4);
for (let i = 1; i <= 6; i++) {
  rb.push(i * 10);
  console.log("after push " + i * 10 + ": [" + rb.toArray().join(",") + "]");
}
console.log("shift:", rb.shift(), rb.shift(), "left:", rb.toArray());
rb.push(70);
rb.push(80);
rb.push(90);
console.log(rb.toArray(), rb.length);
try {
  const empty = new RingBuffer(2);
  empty.shift();
} catch (e) {
  console.log(e.name + ": " + e.message);
}

const readings = [20.5, 21.0, 21.7, 35.2, 22.1, 21.9, 22.4, 22.0, 10.3, 22.8];
const ma = new MovingAverage(3);
readings.forEach(function (r, i) {
  const avg = ma.add(r);
  const flag = Math.abs(r - avg) > 5 ? " <- spike" : "";
  console.log("t" + i + " reading=" + r.toFixed(1) + " avg3=" + avg.toFixed(2) + flag);
});
