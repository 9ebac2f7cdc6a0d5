// A tiny genetic algorithm evolving a string toward a target with a seeded RNG
function Rng(seed) { this.s = seed; }
Rng.prototype.next = function () {
  this.s = (this.s * 16807) % 2147483647;
  return this.s / 2147483647;
};
Rng.prototype.int = function (n) { return Math.floor(this.next() * n); };

const TARGET = "HELLO KILN";
const GENES = "ABCDEFGHIJKLMNOPQRSTUVWXYZ ";
const rng = new Rng(2718281);

function randomGenome() {
  let s = "";
  for (let i = 0; i < TARGET.length; i++) s += GENES[rng.int(GENES.length)];
  return s;
}

function fitness(g) {
  let f = 0;
  for (let i = 0; i < g.length; i++) if (g[i] === TARGET[i]) f++;
  return f;
}

function crossover(a, b) {
  const cut = 1 + rng.int(a.length - 1);
  return a.slice(0, cut) + b.slice(cut);
}

function mutate(g, rate) {
  return g.split("").map(function (c) {
    return rng.next() < rate ? GENES[rng.int(GENES.length)] : c;
  }).join("");
}

function tournament(pop) {
  let best = null;
  for (let i = 0; i < 3; i++) {
    const cand = pop[rng.int(pop.length)];
    if (best === null || cand.fit > best.fit) best = cand;
  }
  return best.genome;
}

let population = [];
for (let i = 0; i < 60; i++) {
  const g = randomGenome();
  population.push({ genome: g, fit: fitness(g) });
}

let generation = 0;
let best = population[0];
while (generation < 300) {
  population.sort(function (a, b) { return b.fit - a.fit || (a.genome < b.genome ? -1 : 1); });
  best = population[0];
  if (generation % 10 === 0 || best.fit === TARGET.length) {
    const avg = population.reduce(function (s, p) { return s + p.fit; }, 0) / population.length;
    console.log("gen " + String(generation).padStart(3) + "  best " + JSON.stringify(best.genome) + " fit " + best.fit + " avg " + avg.toFixed(2));
  }
  if (best.fit === TARGET.length) break;
  const next = population.slice(0, 4);
  while (next.length < population.length) {
    const child = mutate(crossover(tournament(population), tournament(population)), 0.04);
    next.push({ genome: child, fit: fitness(child) });
  }
  population = next;
  generation++;
}
console.log(best.fit === TARGET.length ? "converged in " + generation + " generations" : "gave up");
