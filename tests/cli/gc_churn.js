let s = 0;
for (let i = 0; i < 2000000; i++) { const o = { i: i, a: [i, i + 1], s: "x" + i }; s += o.a[1] - o.i; }
console.log(s);
