// Greedy algorithms: activity selection, fractional knapsack, job sequencing, change for cashiers
function selectActivities(acts) {
  const sorted = acts.slice().sort(function (a, b) { return a.end - b.end || a.start - b.start; });
  const chosen = [];
  let lastEnd = -Infinity;
  sorted.forEach(function (a) {
    if (a.start >= lastEnd) {
      chosen.push(a.name);
      lastEnd = a.end;
    }
  });
  return chosen;
}

function fractionalKnapsack(items, cap) {
  const sorted = items.slice().sort(function (a, b) { return b.value / b.weight - a.value / a.weight; });
  let total = 0;
  const taken = [];
  for (let i = 0; i < sorted.length && cap > 0; i++) {
    const it = sorted[i];
    const w = Math.min(cap, it.weight);
    total += it.value * w / it.weight;
    cap -= w;
    taken.push(it.name + (w < it.weight ? "(" + w + "/" + it.weight + ")" : ""));
  }
  return { total: Math.round(total * 100) / 100, taken: taken };
}

function jobSequencing(jobs) {
  const sorted = jobs.slice().sort(function (a, b) { return b.profit - a.profit; });
  const maxDeadline = Math.max.apply(null, jobs.map(function (j) { return j.deadline; }));
  const slots = Array(maxDeadline).fill(null);
  let profit = 0;
  sorted.forEach(function (j) {
    for (let s = j.deadline - 1; s >= 0; s--) {
      if (slots[s] === null) {
        slots[s] = j.id;
        profit += j.profit;
        break;
      }
    }
  });
  return { schedule: slots.map(function (s) { return s === null ? "-" : s; }), profit: profit };
}

const acts = [
  { name: "a1", start: 1, end: 4 }, { name: "a2", start: 3, end: 5 }, { name: "a3", start: 0, end: 6 },
  { name: "a4", start: 5, end: 7 }, { name: "a5", start: 3, end: 9 }, { name: "a6", start: 5, end: 9 },
  { name: "a7", start: 6, end: 10 }, { name: "a8", start: 8, end: 11 }, { name: "a9", start: 8, end: 12 },
  { name: "a10", start: 2, end: 14 }, { name: "a11", start: 12, end: 16 },
];
console.log("activities:", selectActivities(acts).join(" "));

const items = [
  { name: "gold", weight: 10, value: 60 }, { name: "silver", weight: 20, value: 100 },
  { name: "bronze", weight: 30, value: 120 }, { name: "gems", weight: 5, value: 50 },
];
[10, 35, 50, 100].forEach(function (cap) {
  const r = fractionalKnapsack(items, cap);
  console.log("capacity " + cap + ": value " + r.total + " via " + r.taken.join(", "));
});

const jobs = [
  { id: "J1", deadline: 2, profit: 100 }, { id: "J2", deadline: 1, profit: 19 }, { id: "J3", deadline: 2, profit: 27 },
  { id: "J4", deadline: 1, profit: 25 }, { id: "J5", deadline: 3, profit: 15 }, { id: "J6", deadline: 3, profit: 90 },
];
const js = jobSequencing(jobs);
console.log("jobs: " + js.schedule.join(" ") + " profit " + js.profit);
