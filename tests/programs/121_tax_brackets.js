// Progressive income tax computation with brackets, deductions and a comparison table
const brackets2024 = [
  { upTo: 11000, rate: 0.10 },
  { upTo: 44725, rate: 0.12 },
  { upTo: 95375, rate: 0.22 },
  { upTo: 182100, rate: 0.24 },
  { upTo: 231250, rate: 0.32 },
  { upTo: 578125, rate: 0.35 },
  { upTo: Infinity, rate: 0.37 },
];

function computeTax(income, brackets) {
  let tax = 0, lower = 0;
  const breakdown = [];
  for (let i = 0; i < brackets.length && income > lower; i++) {
    const b = brackets[i];
    const amount = Math.min(income, b.upTo) - lower;
    const t = amount * b.rate;
    breakdown.push({ rate: b.rate, amount: amount, tax: t });
    tax += t;
    lower = b.upTo;
  }
  return { tax: tax, breakdown: breakdown };
}

function fmt(n) {
  const fixed = n.toFixed(2);
  const parts = fixed.split(".");
  let int = parts[0], out = "";
  while (int.length > 3) {
    out = "," + int.slice(-3) + out;
    int = int.slice(0, -3);
  }
  return "$" + int + out + "." + parts[1];
}

function pct(x) { return (x * 100).toFixed(2) + "%"; }

const standardDeduction = 13850;
[9000, 30000, 75000, 150000, 400000, 1000000].forEach(function (gross) {
  const taxable = Math.max(0, gross - standardDeduction);
  const r = computeTax(taxable, brackets2024);
  console.log(fmt(gross).padStart(14) + "  taxable " + fmt(taxable).padStart(13) + "  tax " + fmt(r.tax).padStart(12) +
    "  effective " + pct(gross ? r.tax / gross : 0).padStart(6) + "  marginal " + pct(r.breakdown.length ? r.breakdown[r.breakdown.length - 1].rate : 0));
});

console.log("breakdown for $120,000:");
computeTax(120000 - standardDeduction, brackets2024).breakdown.forEach(function (b) {
  console.log("  " + pct(b.rate).padStart(6) + " on " + fmt(b.amount).padStart(12) + " = " + fmt(b.tax).padStart(11));
});

// flat tax comparison: find break-even income where progressive equals a flat 20%
let lo = 0, hi = 2000000;
for (let i = 0; i < 60; i++) {
  const mid = (lo + hi) / 2;
  if (computeTax(mid, brackets2024).tax < mid * 0.2) lo = mid;
  else hi = mid;
}
console.log("break-even vs 20% flat tax at taxable income ~" + fmt(Math.round(lo)));
