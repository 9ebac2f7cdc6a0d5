// Bitwise operators: flags, masks, popcount, shifts and 32-bit wraparound
const READ = 1, WRITE = 2, EXEC = 4, ADMIN = 8;

function describe(perm) {
  const names = [];
  if (perm & READ) names.push("read");
  if (perm & WRITE) names.push("write");
  if (perm & EXEC) names.push("exec");
  if (perm & ADMIN) names.push("admin");
  return names.length ? names.join("|") : "none";
}

let p = READ | WRITE;
console.log(p, describe(p));
p |= EXEC;
console.log(p, describe(p));
p &= ~WRITE;
console.log(p, describe(p));
p ^= ADMIN | READ;
console.log(p, describe(p));

function popcount(n) {
  let c = 0;
  while (n) { n &= n - 1; c++; }
  return c;
}
function bin(n) { return (n >>> 0).toString(2).padStart(32, "0"); }

[0, 1, 255, 1023, -1, 0x55555555].forEach(function (n) {
  console.log(String(n).padStart(11) + " " + bin(n) + " bits=" + popcount(n >>> 0));
});

console.log(1 << 31, (1 << 31) >>> 0, 1 << 32, 1 << 33);
console.log(-16 >> 2, -16 >>> 28, 5 >> 1, ~5, ~-1, ~~3.7, ~~-3.7);
console.log(0xFFFFFFFF | 0, 0xFFFFFFFF >>> 0, 2147483647 + 1 | 0);
console.log(6 & 3, 6 | 3, 6 ^ 3, 1.9 | 0, "12" & 5, null | 7);

function isPowerOfTwo(n) { return n > 0 && (n & (n - 1)) === 0; }
console.log([1, 2, 3, 16, 24, 1024, 0].map(isPowerOfTwo).join(","));

function reverseBits(n) {
  let r = 0;
  for (let i = 0; i < 32; i++) {
    r = (r << 1) | (n & 1);
    n >>>= 1;
  }
  return r >>> 0;
}
console.log(reverseBits(1), reverseBits(43261596));

// xor swap and xor-based checksum
let a = 17, b = 42;
a ^= b; b ^= a; a ^= b;
console.log("swapped:", a, b);
const data = [0x12, 0x34, 0x56, 0x78, 0x9a];
console.log("xor checksum: 0x" + data.reduce(function (x, y) { return x ^ y; }, 0).toString(16));
// gray code
const gray = [];
for (let i = 0; i < 8; i++) gray.push((i ^ (i >> 1)).toString(2).padStart(3, "0"));
console.log("gray:", gray.join(" "));
