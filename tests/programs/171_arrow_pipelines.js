// Data processing written with arrow functions: movie ratings analysis
const movies = [
  { title: "Arrival", year: 2016, genres: ["sci-fi", "drama"], ratings: [9, 8, 9, 7, 10] },
  { title: "Heat", year: 1995, genres: ["crime", "thriller"], ratings: [9, 9, 8, 9] },
  { title: "Up", year: 2009, genres: ["animation", "family"], ratings: [8, 9, 7, 8, 8, 9] },
  { title: "Alien", year: 1979, genres: ["sci-fi", "horror"], ratings: [10, 9, 9] },
  { title: "Clue", year: 1985, genres: ["comedy", "crime"], ratings: [7, 6, 8, 7] },
  { title: "Her", year: 2013, genres: ["sci-fi", "romance", "drama"], ratings: [8, 7, 9, 6] },
  { title: "Jaws", year: 1975, genres: ["thriller", "horror"], ratings: [9, 8, 8, 9, 10] },
];

const sum = (xs) => xs.reduce((a, b) => a + b, 0);
const avg = (xs) => (xs.length ? sum(xs) / xs.length : 0);
const round2 = (x) => Math.round(x * 100) / 100;
const by = (f) => (a, b) => (f(a) < f(b) ? -1 : f(a) > f(b) ? 1 : 0);
const desc = (cmp) => (a, b) => -cmp(a, b);

const scored = movies.map((m) => ({ title: m.title, year: m.year, genres: m.genres, score: round2(avg(m.ratings)), votes: m.ratings.length }));

console.log("ranked:");
scored.slice().sort(desc(by((m) => m.score))).forEach((m, i) => console.log(`  ${i + 1}. ${m.title.padEnd(8)} ${m.score.toFixed(2)} (${m.votes} votes)`));

const decades = scored.reduce((acc, m) => {
  const d = Math.floor(m.year / 10) * 10 + "s";
  (acc[d] = acc[d] || []).push(m.title);
  return acc;
}, {});
Object.keys(decades).sort().forEach((d) => console.log(`${d}: ${decades[d].join(", ")}`));

const genreStats = {};
scored.forEach((m) => m.genres.forEach((g) => {
  const s = genreStats[g] || (genreStats[g] = { count: 0, total: 0 });
  s.count++;
  s.total += m.score;
}));
const genreLines = Object.keys(genreStats)
  .map((g) => ({ g: g, mean: round2(genreStats[g].total / genreStats[g].count), n: genreStats[g].count }))
  .sort((a, b) => b.mean - a.mean || (a.g < b.g ? -1 : 1))
  .map((x) => `${x.g}=${x.mean}/${x.n}`);
console.log(genreLines.join(" "));

const counter = (() => {
  let n = 0;
  return { next: () => ++n, peek: () => n };
})();
scored.filter((m) => m.score >= 8.5).forEach(() => counter.next());
console.log("highly rated:", counter.peek());

const pipe = function () {
  const fns = Array.prototype.slice.call(arguments);
  return (x) => fns.reduce((v, f) => f(v), x);
};
const titleStats = pipe((ms) => ms.map((m) => m.title), (ts) => ts.map((t) => t.length), (ls) => `min ${Math.min.apply(null, ls)} max ${Math.max.apply(null, ls)} avg ${round2(avg(ls))}`);
console.log("title lengths:", titleStats(scored));
const adders = [1, 2, 3].map((n) => (x) => x + n);
console.log(adders.map((f) => f(10)), (() => ({ wrapped: true }))(), ((a, b) => a * b)(6, 7));
