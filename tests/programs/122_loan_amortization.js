// Loan amortization schedule with extra payments and summary statistics
function monthlyPayment(principal, annualRate, months) {
  const r = annualRate / 12;
  if (r === 0) return principal / months;
  return principal * r / (1 - Math.pow(1 + r, -months));
}

function schedule(principal, annualRate, months, extra) {
  const pay = monthlyPayment(principal, annualRate, months);
  const rows = [];
  let balance = principal;
  let totalInterest = 0;
  for (let m = 1; balance > 0.005 && m <= months; m++) {
    const interest = Math.round(balance * annualRate / 12 * 100) / 100;
    let principalPart = Math.round((pay - interest + (extra || 0)) * 100) / 100;
    if (principalPart > balance) principalPart = Math.round(balance * 100) / 100;
    balance = Math.round((balance - principalPart) * 100) / 100;
    totalInterest += interest;
    rows.push({ month: m, interest: interest, principal: principalPart, balance: balance });
  }
  return { payment: pay, rows: rows, totalInterest: Math.round(totalInterest * 100) / 100 };
}

function fmt(x) { return x.toFixed(2).padStart(10); }

const loan = schedule(20000, 0.06, 36, 0);
console.log("payment: " + loan.payment.toFixed(2));
console.log("month   interest  principal    balance");
loan.rows.forEach(function (r) {
  if (r.month <= 3 || r.month > 33 || r.month % 12 === 0) {
    console.log(String(r.month).padStart(5) + fmt(r.interest) + " " + fmt(r.principal) + " " + fmt(r.balance));
  } else if (r.month === 4) {
    console.log("  ...");
  }
});
console.log("total interest: " + loan.totalInterest.toFixed(2));

const withExtra = schedule(20000, 0.06, 36, 150);
console.log("with $150 extra: paid off in " + withExtra.rows.length + " months, interest " + withExtra.totalInterest.toFixed(2) +
  ", saved " + (loan.totalInterest - withExtra.totalInterest).toFixed(2));

console.log("mortgage comparison (300k):");
[[0.03, 360], [0.05, 360], [0.07, 360], [0.05, 180]].forEach(function (c) {
  const p = monthlyPayment(300000, c[0], c[1]);
  console.log("  " + (c[0] * 100).toFixed(1) + "% over " + c[1] / 12 + "y: " + p.toFixed(2) + "/mo, total " + (p * c[1]).toFixed(2));
});
console.log("zero interest:", monthlyPayment(1200, 0, 12).toFixed(2));
