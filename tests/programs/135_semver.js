// Semantic version parsing, comparison, sorting and range matching
function parse(v) {
  const m = /^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+([0-9A-Za-z.-]+))?$/.exec(v);
  if (!m) throw new SyntaxError("invalid version: " + v);
  return {
    major: +m[1], minor: +m[2], patch: +m[3],
    pre: m[4] ? m[4].split(".") : [],
    build: m[5] || "",
  };
}

function comparePre(a, b) {
  if (!a.length && !b.length) return 0;
  if (!a.length) return 1;
  if (!b.length) return -1;
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] === undefined) return -1;
    if (b[i] === undefined) return 1;
    const na = /^\d+$/.test(a[i]), nb = /^\d+$/.test(b[i]);
    if (na && nb) { if (+a[i] !== +b[i]) return +a[i] < +b[i] ? -1 : 1; }
    else if (na) return -1;
    else if (nb) return 1;
    else if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return 0;
}

function compare(x, y) {
  const a = parse(x), b = parse(y);
  const keys = ["major", "minor", "patch"];
  for (let i = 0; i < 3; i++) {
    if (a[keys[i]] !== b[keys[i]]) return a[keys[i]] < b[keys[i]] ? -1 : 1;
  }
  return comparePre(a.pre, b.pre);
}

function satisfies(v, range) {
  return range.split(/\s+/).every(function (cond) {
    const m = /^(\^|~|>=|<=|>|<|=)?(.*)$/.exec(cond);
    const op = m[1] || "=", target = m[2];
    const c = compare(v, target);
    const t = parse(target), p = parse(v);
    switch (op) {
      case "=": return c === 0;
      case ">": return c > 0;
      case ">=": return c >= 0;
      case "<": return c < 0;
      case "<=": return c <= 0;
      case "~": return c >= 0 && p.major === t.major && p.minor === t.minor;
      case "^": return c >= 0 && (t.major > 0 ? p.major === t.major : p.minor === t.minor);
    }
  });
}

const versions = ["1.0.0", "1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-beta", "1.0.0-alpha.beta", "1.0.0-beta.2",
  "1.0.0-beta.11", "1.0.0-rc.1", "0.9.12", "2.1.0", "1.10.0", "1.2.3+build.5", "v1.2.3"];
const sorted = versions.slice().sort(compare);
sorted.forEach(function (v) { console.log(v); });

const ranges = ["^1.2.0", "~1.0.0", ">=1.0.0 <2.0.0", "^0.9.0", "=2.1.0"];
ranges.forEach(function (r) {
  const ok = versions.filter(function (v) { return satisfies(v, r); });
  console.log(r.padEnd(16) + ok.join(", "));
});
["1.2", "1.2.3.4", "a.b.c"].forEach(function (bad) {
  try { parse(bad); } catch (e) { console.log(e.name + ": " + e.message); }
});
console.log(JSON.stringify(parse("3.4.5-rc.1+sha.abc")));
