// Non-cryptographic hash functions with 32-bit integer arithmetic
function djb2(str) {
  let h = 5381;
  for (let i = 0; i < str.length; i++) {
    h = ((h << 5) + h + str.charCodeAt(i)) | 0;
  }
  return h >>> 0;
}

function fnv1a(str) {
  let h = 0x811c9dc5;
  for (let i = 0; i < str.length; i++) {
    h ^= str.charCodeAt(i);
    h = (h + ((h << 1) + (h << 4) + (h << 7) + (h << 8) + (h << 24))) >>> 0;
  }
  return h >>> 0;
}

function adler32(str) {
  let a = 1, b = 0;
  for (let i = 0; i < str.length; i++) {
    a = (a + str.charCodeAt(i)) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

const crcTable = [];
for (let n = 0; n < 256; n++) {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  crcTable.push(c >>> 0);
}
function crc32(str) {
  let crc = 0xffffffff;
  for (let i = 0; i < str.length; i++) {
    crc = crcTable[(crc ^ str.charCodeAt(i)) & 0xff] ^ (crc >>> 8);
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function hex(n) { return n.toString(16).padStart(8, "0"); }

const inputs = ["", "a", "abc", "hello world", "The quick brown fox jumps over the lazy dog", "kiln"];
inputs.forEach(function (s) {
  console.log(JSON.stringify(s).padEnd(46) + hex(djb2(s)) + " " + hex(fnv1a(s)) + " " + hex(adler32(s)) + " " + hex(crc32(s)));
});

// simple hash table with chaining using djb2
function HashTable(size) {
  this.buckets = [];
  for (let i = 0; i < size; i++) this.buckets.push([]);
}
HashTable.prototype.set = function (k, v) {
  const b = this.buckets[djb2(k) % this.buckets.length];
  for (let i = 0; i < b.length; i++) if (b[i][0] === k) { b[i][1] = v; return; }
  b.push([k, v]);
};
HashTable.prototype.get = function (k) {
  const b = this.buckets[djb2(k) % this.buckets.length];
  for (let i = 0; i < b.length; i++) if (b[i][0] === k) return b[i][1];
  return undefined;
};
const ht = new HashTable(7);
"alpha beta gamma delta epsilon zeta eta theta iota kappa".split(" ").forEach(function (w, i) { ht.set(w, i); });
ht.set("gamma", 100);
console.log(ht.get("gamma"), ht.get("kappa"), ht.get("omega"));
console.log("bucket sizes:", ht.buckets.map(function (b) { return b.length; }).join(","));
