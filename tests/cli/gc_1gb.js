// Allocates over 1 GB (about 600 bytes per iteration) of short-lived objects; live data stays tiny.
let keep = null;
let sum = 0;
for (let i = 0; i < 2000000; i++) {
  const o = { id: i, name: "item" + (i % 1000), tags: [i, i + 1, i + 2], next: keep };
  sum += o.tags[2] - o.id;
  keep = i % 100000 === 0 ? { id: i } : keep;
}
console.log(sum, keep.id);
