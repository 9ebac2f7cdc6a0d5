// A report generator whose output size depends on the (normally empty) user argument list
function Table(columns) {
  this.columns = columns;
  this.rows = [];
}
Table.prototype.add = function (row) {
  if (row.length !== this.columns.length) throw new RangeError("expected " + this.columns.length + " cells, got " + row.length);
  this.rows.push(row.map(String));
  return this;
};
Table.prototype.render = function () {
  const all = [this.columns].concat(this.rows);
  const widths = this.columns.map(function (_, i) {
    return all.reduce(function (w, r) { return Math.max(w, r[i].length); }, 0);
  });
  const line = function (r) {
    return r.map(function (c, i) { return /^-?\d/.test(c) ? c.padStart(widths[i]) : c.padEnd(widths[i]); }).join("  ");
  };
  return [line(this.columns), widths.map(function (w) { return "=".repeat(w); }).join("  ")].concat(this.rows.map(line)).join("\n");
};

const extraArgs = process.argv.length - 2;
const limit = extraArgs > 0 ? 3 : 6;
console.log("user arguments: " + extraArgs + ", showing " + limit + " rows");

const planets = [
  ["Mercury", 0.39, 0.055, 0], ["Venus", 0.72, 0.815, 0], ["Earth", 1.0, 1.0, 1], ["Mars", 1.52, 0.107, 2],
  ["Jupiter", 5.2, 317.8, 95], ["Saturn", 9.54, 95.2, 146], ["Uranus", 19.2, 14.5, 28], ["Neptune", 30.06, 17.1, 16],
];
const t = new Table(["planet", "au", "mass", "moons", "year(days)"]);
planets.slice(0, limit).forEach(function (p) {
  const years = Math.pow(p[1], 1.5) * 365.25;
  t.add([p[0], p[1].toFixed(2), p[2], p[3], Math.round(years)]);
});
console.log(t.render());
try {
  t.add(["Pluto", 39.5]);
} catch (e) {
  console.log(e.name + ": " + e.message);
}
const totalMoons = planets.reduce(function (s, p) { return s + p[3]; }, 0);
console.log("total moons: " + totalMoons + ", heaviest: " + planets.slice().sort(function (a, b) { return b[2] - a[2]; })[0][0]);
