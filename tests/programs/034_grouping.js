// Grouping and aggregating records like a small query engine
const employees = [
  { name: "Ada", dept: "eng", level: 3, salary: 120000, city: "London" },
  { name: "Ben", dept: "eng", level: 2, salary: 95000, city: "Paris" },
  { name: "Cleo", dept: "sales", level: 1, salary: 55000, city: "London" },
  { name: "Dev", dept: "eng", level: 1, salary: 70000, city: "Berlin" },
  { name: "Eli", dept: "ops", level: 2, salary: 65000, city: "Paris" },
  { name: "Fern", dept: "sales", level: 3, salary: 88000, city: "Berlin" },
  { name: "Gus", dept: "ops", level: 1, salary: 48000, city: "London" },
  { name: "Hana", dept: "eng", level: 3, salary: 131000, city: "London" },
];

function groupBy(list, keyFn) {
  return list.reduce(function (acc, item) {
    const k = keyFn(item);
    if (!Object.prototype.hasOwnProperty.call(acc, k)) acc[k] = [];
    acc[k].push(item);
    return acc;
  }, {});
}

function summarize(group) {
  const salaries = group.map(function (e) { return e.salary; });
  const sum = salaries.reduce(function (a, b) { return a + b; }, 0);
  return {
    count: group.length,
    total: sum,
    avg: Math.round(sum / group.length),
    max: Math.max.apply(Math, salaries),
    min: Math.min.apply(Math, salaries),
  };
}

const byDept = groupBy(employees, function (e) { return e.dept; });
Object.keys(byDept).sort().forEach(function (d) {
  const s = summarize(byDept[d]);
  console.log(d.padEnd(6) + JSON.stringify(s));
});

const byCityLevel = groupBy(employees, function (e) { return e.city + "/L" + e.level; });
Object.keys(byCityLevel).sort().forEach(function (k) {
  console.log(k + ": " + byCityLevel[k].map(function (e) { return e.name; }).join(", "));
});

const counts = {};
employees.forEach(function (e) { counts[e.city] = (counts[e.city] || 0) + 1; });
console.log(counts);

const topPerDept = Object.keys(byDept).map(function (d) {
  return byDept[d].slice().sort(function (a, b) { return b.salary - a.salary; })[0].name;
});
console.log("top earners:", topPerDept);
const pivot = {};
employees.forEach(function (e) {
  pivot[e.dept] = pivot[e.dept] || {};
  pivot[e.dept][e.city] = (pivot[e.dept][e.city] || 0) + e.salary;
});
console.log(JSON.stringify(pivot));
