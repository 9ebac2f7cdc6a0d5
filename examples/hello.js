// A small program that exercises closures, objects, strings and numbers.
function makeCounter(start) {
  let n = start;
  return () => ++n;
}

const next = makeCounter(40);
next();
const words = "the quick brown fox jumps over the lazy dog".split(" ");
const lengths = words.map((w) => w.length);
const stats = {
  count: words.length,
  longest: words.reduce((a, b) => (b.length > a.length ? b : a)),
  average: (lengths.reduce((a, b) => a + b, 0) / words.length).toFixed(2),
};

console.log(`Hello from Kiln! The answer is ${next()}.`);
console.log(stats);
console.log(JSON.stringify({ lengths: lengths }, null, 2));
console.log(0.1 + 0.2, (255).toString(16), 1e21, -0 === 0);
