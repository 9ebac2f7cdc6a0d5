// Number theory classifications: perfect, abundant, Armstrong, happy, Kaprekar
function divisorSum(n) {
  if (n === 1) return 0;
  let s = 1;
  for (let d = 2; d * d <= n; d++) {
    if (n % d === 0) {
      s += d;
      if (d !== n / d) s += n / d;
    }
  }
  return s;
}

function classify(n) {
  const s = divisorSum(n);
  return s === n ? "perfect" : s > n ? "abundant" : "deficient";
}

function isArmstrong(n) {
  const digits = String(n).split("").map(function (k) { return +k; });
  const k = digits.length;
  return digits.reduce(function (a, d) { return a + Math.pow(d, k); }, 0) === n;
}

function isHappy(n) {
  const seen = {};
  while (n !== 1 && !seen[n]) {
    seen[n] = true;
    n = String(n).split("").reduce(function (a, d) { return a + d * d; }, 0);
  }
  return n === 1;
}

function kaprekarSteps(n) {
  let steps = 0;
  const trail = [n];
  while (n !== 6174 && steps < 10) {
    const ds = String(n).padStart(4, "0").split("");
    const asc = parseInt(ds.slice().sort().join(""), 10);
    const desc = parseInt(ds.slice().sort().reverse().join(""), 10);
    n = desc - asc;
    trail.push(n);
    steps++;
  }
  return trail;
}

const perfect = [], armstrong = [], happy = [];
const tally = { perfect: 0, abundant: 0, deficient: 0 };
for (let n = 1; n <= 10000; n++) {
  const c = classify(n);
  tally[c]++;
  if (c === "perfect") perfect.push(n);
  if (isArmstrong(n)) armstrong.push(n);
  if (n <= 50 && isHappy(n)) happy.push(n);
}
console.log("perfect:", perfect.join(" "));
console.log(tally);
console.log("armstrong:", armstrong.join(" "));
console.log("happy <= 50:", happy.join(" "));
console.log("kaprekar 3524:", kaprekarSteps(3524).join(" -> "));
console.log("kaprekar 2111:", kaprekarSteps(2111).join(" -> "));

const amicable = [];
for (let a = 2; a < 10000; a++) {
  const b = divisorSum(a);
  if (b > a && b < 20000 && divisorSum(b) === a) amicable.push(a + "&" + b);
}
console.log("amicable pairs:", amicable.join(", "));
