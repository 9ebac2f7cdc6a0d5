// A miniature unit-test runner: runs assertions, prints a summary and exits 3 on failure
const results = [];

function assertEqual(actual, expected, label) {
  const a = JSON.stringify(actual), e = JSON.stringify(expected);
  if (a !== e) throw new Error(label + ": expected " + e + " but got " + a);
}

function test(name, fn) {
  try {
    fn();
    results.push({ name: name, ok: true });
    console.log("  ok   " + name);
  } catch (e) {
    // assertion failures carry our message; engine errors are reported by type only
    const msg = e.name === "Error" ? e.message : "unexpected " + e.name;
    results.push({ name: name, ok: false, msg: msg });
    console.log("  FAIL " + name + " -- " + msg);
  }
}

function slugify(s) { return s.toLowerCase().trim().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, ""); }
function chunk(arr, n) {
  const out = [];
  for (let i = 0; i < arr.length; i += n) out.push(arr.slice(i, i + n));
  return out;
}
function uniq(arr) { return arr.filter(function (x, i) { return arr.indexOf(x) === i; }); }
function median(xs) {
  const s = xs.slice().sort();
  return s[Math.floor(s.length / 2)];
}

console.log("suite: utils");
test("slugify basic", function () { assertEqual(slugify("Hello World!"), "hello-world", "slug"); });
test("slugify trims", function () { assertEqual(slugify("  --Kiln JS--  "), "kiln-js", "slug"); });
test("chunk even", function () { assertEqual(chunk([1, 2, 3, 4], 2), [[1, 2], [3, 4]], "chunk"); });
test("chunk remainder", function () { assertEqual(chunk([1, 2, 3, 4, 5], 2), [[1, 2], [3, 4], [5]], "chunk"); });
test("uniq keeps order", function () { assertEqual(uniq([3, 1, 3, 2, 1]), [3, 1, 2], "uniq"); });
test("median of numbers", function () { assertEqual(median([10, 9, 100, 2, 5]), 9, "median"); });
test("throws on purpose", function () { null.boom(); });

const failed = results.filter(function (r) { return !r.ok; });
console.log(results.length + " tests, " + (results.length - failed.length) + " passed, " + failed.length + " failed");
if (failed.length) {
  console.log("failures: " + failed.map(function (f) { return f.name; }).join(", "));
  process.exit(3);
}
console.log("all green");
