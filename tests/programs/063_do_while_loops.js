// Loop forms: do-while, while, for with multiple variables and empty parts
function digits(n) {
  const out = [];
  do {
    out.unshift(n % 10);
    n = Math.floor(n / 10);
  } while (n > 0);
  return out;
}
console.log(digits(0), digits(7), digits(90210));

function collatz(n) {
  let steps = 0, peak = n;
  while (n !== 1) {
    n = n % 2 === 0 ? n / 2 : 3 * n + 1;
    if (n > peak) peak = n;
    steps++;
  }
  return { steps: steps, peak: peak };
}
let best = 0, bestN = 0;
for (let n = 1; n < 10000; n++) {
  const s = collatz(n).steps;
  if (s > best) { best = s; bestN = n; }
}
console.log("longest collatz below 10000:", bestN, "steps", best, "peak", collatz(bestN).peak);
console.log("collatz(27):", collatz(27));

for (let i = 0, j = 10; i < j; i += 2, j -= 3) {
  console.log("i=" + i + " j=" + j);
}

let k = 0;
for (;;) {
  if (++k > 4) break;
}
console.log("k after infinite-for:", k);

let s = "";
let n = 5;
while (n--) s += n;
console.log(s, n);

let tries = 0;
let value = 1;
do {
  value = (value * 7 + 3) % 101;
  tries++;
} while (value !== 1 && tries < 1000);
console.log("cycle length:", tries);

// digital root with nested do-while
function digitalRoot(x) {
  do {
    let sum = 0;
    do {
      sum += x % 10;
      x = Math.floor(x / 10);
    } while (x > 0);
    x = sum;
  } while (x >= 10);
  return x;
}
console.log([0, 9, 38, 12345, 999999999].map(digitalRoot).join(","));

let w = 0;
while (false) w++;
do w++; while (false);
console.log("w:", w);
