// Word frequency counter over a text passage
const text = `It was the best of times, it was the worst of times, it was the age
of wisdom, it was the age of foolishness, it was the epoch of belief, it was
the epoch of incredulity, it was the season of Light, it was the season of
Darkness, it was the spring of hope, it was the winter of despair.`;

function countWords(s) {
  const counts = {};
  const words = s.toLowerCase().split(/[^a-z]+/);
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w === "") continue;
    counts[w] = (counts[w] || 0) + 1;
  }
  return counts;
}

const counts = countWords(text);
const entries = Object.keys(counts).map(function (k) {
  return [k, counts[k]];
});
entries.sort(function (a, b) {
  if (b[1] !== a[1]) return b[1] - a[1];
  return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;
});

console.log("distinct words:", entries.length);
for (let i = 0; i < 8; i++) {
  const e = entries[i];
  console.log(e[0].padEnd(8) + " " + "*".repeat(e[1]) + " " + e[1]);
}
const singles = entries.filter(function (e) { return e[1] === 1; }).map(function (e) { return e[0]; });
console.log("used once:", singles.join(" "));
const longest = entries.reduce(function (best, e) {
  return e[0].length > best.length ? e[0] : best;
}, "");
console.log("longest word:", longest);
