// Organization chart: build a tree from flat records, render and query it
const staff = [
  { id: 1, name: "Grace", title: "CEO", manager: null, salary: 300 },
  { id: 2, name: "Linus", title: "CTO", manager: 1, salary: 250 },
  { id: 3, name: "Ada", title: "CFO", manager: 1, salary: 240 },
  { id: 4, name: "Ken", title: "Eng Manager", manager: 2, salary: 180 },
  { id: 5, name: "Barbara", title: "Architect", manager: 2, salary: 190 },
  { id: 6, name: "Dennis", title: "Engineer", manager: 4, salary: 140 },
  { id: 7, name: "Margaret", title: "Engineer", manager: 4, salary: 150 },
  { id: 8, name: "Alan", title: "Accountant", manager: 3, salary: 110 },
  { id: 9, name: "Edsger", title: "Intern", manager: 6, salary: 40 },
];

function buildTree(rows) {
  const byId = {};
  rows.forEach(function (r) { byId[r.id] = Object.assign({ reports: [] }, r); });
  let root = null;
  rows.forEach(function (r) {
    if (r.manager === null) root = byId[r.id];
    else byId[r.manager].reports.push(byId[r.id]);
  });
  return { root: root, byId: byId };
}

function render(node, prefix, isLast, lines) {
  lines.push(prefix + (prefix || isLast !== undefined ? (isLast ? "`-- " : "|-- ") : "") + node.name + " (" + node.title + ")");
  const childPrefix = isLast === undefined ? "" : prefix + (isLast ? "    " : "|   ");
  node.reports.forEach(function (c, i) {
    render(c, childPrefix, i === node.reports.length - 1, lines);
  });
  return lines;
}

function teamSize(node) {
  return node.reports.reduce(function (n, c) { return n + 1 + teamSize(c); }, 0);
}

function teamCost(node) {
  return node.salary + node.reports.reduce(function (s, c) { return s + teamCost(c); }, 0);
}

function chain(byId, id) {
  const out = [];
  for (let cur = byId[id]; cur; cur = cur.manager === null ? null : byId[cur.manager]) out.push(cur.name);
  return out.join(" -> ");
}

function depth(node) {
  return 1 + node.reports.reduce(function (m, c) { return Math.max(m, depth(c)); }, 0);
}

const t = buildTree(staff);
console.log(render(t.root, "", undefined, []).join("\n"));
[1, 2, 4, 8].forEach(function (id) {
  const n = t.byId[id];
  console.log(n.name + ": team of " + teamSize(n) + ", cost " + teamCost(n));
});
console.log("chain for Edsger:", chain(t.byId, 9));
console.log("org depth:", depth(t.root));
const leaves = staff.filter(function (s) { return t.byId[s.id].reports.length === 0; }).map(function (s) { return s.name; });
console.log("individual contributors:", leaves.join(", "));
