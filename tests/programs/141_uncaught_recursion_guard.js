// Recursive JSON-like tree walker with a depth guard; the final walk throws uncaught
function Walker(maxDepth) {
  this.maxDepth = maxDepth;
  this.visited = 0;
}

Walker.prototype.walk = function (node, depth, path) {
  if (depth > this.maxDepth) {
    throw new RangeError("maximum depth " + this.maxDepth + " exceeded at " + path);
  }
  this.visited++;
  if (Array.isArray(node)) {
    let sum = 0;
    for (let i = 0; i < node.length; i++) sum += this.walk(node[i], depth + 1, path + "[" + i + "]");
    return sum;
  }
  if (node !== null && typeof node === "object") {
    let sum = 0;
    const keys = Object.keys(node);
    for (let i = 0; i < keys.length; i++) sum += this.walk(node[keys[i]], depth + 1, path + "." + keys[i]);
    return sum;
  }
  return typeof node === "number" ? node : 0;
};

function nest(levels) {
  let v = 1;
  for (let i = 0; i < levels; i++) v = { child: v, extra: [i] };
  return v;
}

const data = { a: 1, b: [2, 3, { c: 4 }], d: { e: { f: 5 } }, g: "ignored" };
const w = new Walker(10);
console.log("sum:", w.walk(data, 0, "$"), "visited:", w.visited);

[3, 5, 8].forEach(function (n) {
  const walker = new Walker(10);
  try {
    console.log("nest(" + n + ") sum:", walker.walk(nest(n), 0, "$"));
  } catch (e) {
    console.log("nest(" + n + ") failed:", e.message);
  }
});

const strict = new Walker(4);
try {
  strict.walk(nest(3), 0, "$");
  console.log("nest(3) fits in depth 4");
} catch (e) {
  console.log("unexpected:", e.message);
}
console.log("walking a deep structure without a safety net...");
strict.walk(nest(6), 0, "$");
console.log("unreachable");
