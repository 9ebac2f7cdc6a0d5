// Formatting a sales report as an aligned text table
const sales = [
  { region: "North", rep: "Alvarez", q1: 12500, q2: 14200, q3: 9800, q4: 16100 },
  { region: "North", rep: "Brooks", q1: 8300, q2: 7600, q3: 11200, q4: 9900 },
  { region: "South", rep: "Chen", q1: 15400, q2: 16800, q3: 17100, q4: 18200 },
  { region: "East", rep: "Dubois", q1: 6200, q2: 5900, q3: 7300, q4: 8800 },
  { region: "West", rep: "Eriksen", q1: 11100, q2: 10400, q3: 12900, q4: 13500 },
  { region: "South", rep: "Fofana", q1: 9700, q2: 12100, q3: 10050, q4: 11875 },
];

function money(n) {
  const s = Math.round(n).toString();
  return "$" + s.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

const quarters = ["q1", "q2", "q3", "q4"];
const header = ["Region", "Rep", "Q1", "Q2", "Q3", "Q4", "Total"];
const rows = sales.map(function (s) {
  const total = quarters.reduce(function (a, q) { return a + s[q]; }, 0);
  return [s.region, s.rep].concat(quarters.map(function (q) { return money(s[q]); })).concat([money(total)]);
});
const totals = quarters.map(function (q) {
  return sales.reduce(function (a, s) { return a + s[q]; }, 0);
});
const grand = totals.reduce(function (a, b) { return a + b; }, 0);
rows.push(["ALL", ""].concat(totals.map(money)).concat([money(grand)]));

const widths = header.map(function (h, i) {
  return Math.max(h.length, Math.max.apply(null, rows.map(function (r) { return r[i].length; })));
});

function line(cells) {
  return "| " + cells.map(function (c, i) {
    return i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]);
  }).join(" | ") + " |";
}
const sep = "+" + widths.map(function (w) { return "-".repeat(w + 2); }).join("+") + "+";

console.log(sep);
console.log(line(header));
console.log(sep);
rows.slice(0, -1).forEach(function (r) { console.log(line(r)); });
console.log(sep);
console.log(line(rows[rows.length - 1]));
console.log(sep);

const best = sales.slice().sort(function (a, b) { return b.q4 - a.q4; })[0];
console.log("Best Q4: " + best.rep + " (" + money(best.q4) + ")");
console.log("Average per rep: " + money(grand / sales.length));
