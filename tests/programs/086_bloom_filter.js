// Bit set backed by 32-bit words, and a Bloom filter built on top of it
function BitSet(size) {
  this.size = size;
  this.words = Array(Math.ceil(size / 32)).fill(0);
}
BitSet.prototype.set = function (i) { this.words[i >>> 5] |= 1 << (i & 31); };
BitSet.prototype.clear = function (i) { this.words[i >>> 5] &= ~(1 << (i & 31)); };
BitSet.prototype.get = function (i) { return (this.words[i >>> 5] & (1 << (i & 31))) !== 0; };
BitSet.prototype.count = function () {
  let c = 0;
  this.words.forEach(function (w) {
    w = w >>> 0;
    while (w) { w &= w - 1; c++; }
  });
  return c;
};
BitSet.prototype.toString = function () {
  let s = "";
  for (let i = 0; i < this.size; i++) s += this.get(i) ? "1" : "0";
  return s;
};

const bs = new BitSet(40);
[0, 1, 5, 31, 32, 33, 39].forEach(function (i) { bs.set(i); });
bs.clear(1);
console.log(bs.toString(), bs.count());
console.log(bs.words.map(function (w) { return (w >>> 0).toString(16); }).join(" "));

function hashA(s) {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = (h + (h << 1) + (h << 4) + (h << 7) + (h << 8) + (h << 24)) >>> 0;
  }
  return h >>> 0;
}
function hashB(s) {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) % 1000003;
  return h;
}

function Bloom(bits, k) {
  this.bits = new BitSet(bits);
  this.k = k;
  this.m = bits;
}
Bloom.prototype.positions = function (s) {
  const a = hashA(s) % this.m, b = hashB(s) % this.m;
  const out = [];
  for (let i = 0; i < this.k; i++) out.push((a + i * b + i * i) % this.m);
  return out;
};
Bloom.prototype.add = function (s) {
  const self = this;
  this.positions(s).forEach(function (p) { self.bits.set(p); });
};
Bloom.prototype.mightContain = function (s) {
  const self = this;
  return this.positions(s).every(function (p) { return self.bits.get(p); });
};

const bloom = new Bloom(48, 3);
const members = ["apple", "banana", "cherry", "date", "elderberry", "fig", "grape", "honeydew"];
members.forEach(function (m) { bloom.add(m); });
console.log("all members found:", members.every(function (m) { return bloom.mightContain(m); }));
const probes = ["kiwi", "lemon", "mango", "nectarine", "orange", "papaya", "quince", "raspberry", "apple"];
probes.forEach(function (p) {
  console.log(p.padEnd(10) + (bloom.mightContain(p) ? "maybe" : "no"));
});
console.log("bits set:", bloom.bits.count(), "of", bloom.m);
let falsePositives = 0;
for (let i = 0; i < 200; i++) {
  if (bloom.mightContain("probe-" + i)) falsePositives++;
}
console.log("false positives among 200 probes:", falsePositives);
