// Student grade book: weighted averages, letter grades, rankings and a histogram
const weights = { homework: 0.25, midterm: 0.3, final: 0.35, participation: 0.1 };
const students = [
  { name: "Avery", homework: [95, 88, 92, 100], midterm: 84, final: 91, participation: 100 },
  { name: "Blake", homework: [70, 65, 80, 0], midterm: 72, final: 68, participation: 80 },
  { name: "Casey", homework: [100, 100, 98, 97], midterm: 95, final: 99, participation: 90 },
  { name: "Devon", homework: [85, 90, 0, 88], midterm: 61, final: 74, participation: 70 },
  { name: "Emery", homework: [60, 75, 70, 65], midterm: 58, final: 55, participation: 95 },
  { name: "Finley", homework: [88, 92, 85, 90], midterm: 89, final: 86, participation: 85 },
];

function average(xs) { return xs.reduce(function (a, b) { return a + b; }, 0) / xs.length; }

function homeworkScore(hw) {
  // drop the lowest homework
  const sorted = hw.slice().sort(function (a, b) { return a - b; });
  return average(sorted.slice(1));
}

function letter(score) {
  const cutoffs = [[93, "A"], [90, "A-"], [87, "B+"], [83, "B"], [80, "B-"], [77, "C+"], [73, "C"], [70, "C-"], [60, "D"]];
  for (let i = 0; i < cutoffs.length; i++) if (score >= cutoffs[i][0]) return cutoffs[i][1];
  return "F";
}

const report = students.map(function (s) {
  const parts = {
    homework: homeworkScore(s.homework),
    midterm: s.midterm,
    final: s.final,
    participation: s.participation,
  };
  let total = 0;
  for (const k in weights) total += parts[k] * weights[k];
  return { name: s.name, total: Math.round(total * 10) / 10, grade: letter(total), hw: parts.homework };
});

report.sort(function (a, b) { return b.total - a.total; });
console.log("Rank Name     HW     Total Grade");
report.forEach(function (r, i) {
  console.log(String(i + 1).padStart(4) + " " + r.name.padEnd(8) + r.hw.toFixed(1).padStart(6) + r.total.toFixed(1).padStart(8) + "  " + r.grade);
});

const totals = report.map(function (r) { return r.total; });
const mean = average(totals);
const sd = Math.sqrt(average(totals.map(function (t) { return (t - mean) * (t - mean); })));
console.log("class mean " + mean.toFixed(2) + ", sd " + sd.toFixed(2));
const dist = {};
report.forEach(function (r) {
  const g = r.grade[0];
  dist[g] = (dist[g] || 0) + 1;
});
["A", "B", "C", "D", "F"].forEach(function (g) {
  console.log(g + ": " + "#".repeat(dist[g] || 0));
});
const honors = report.filter(function (r) { return r.total >= 90; }).map(function (r) { return r.name; });
const atRisk = report.filter(function (r) { return r.total < 70; }).map(function (r) { return r.name; });
console.log({ honors: honors, atRisk: atRisk });
