// Hangman played by a frequency-guessing strategy against several secret words
const dictionary = ["javascript", "compiler", "kiln", "parser", "closure", "prototype", "iterator",
  "variable", "function", "runtime", "bytecode", "garbage", "collector", "native", "binary", "optimizer"];

function Game(secret, maxMisses) {
  this.secret = secret;
  this.guessed = {};
  this.misses = 0;
  this.maxMisses = maxMisses;
}
Game.prototype.masked = function () {
  const self = this;
  return this.secret.split("").map(function (c) { return self.guessed[c] ? c : "_"; }).join("");
};
Game.prototype.guess = function (letter) {
  if (this.guessed[letter]) throw new Error("already guessed " + letter);
  this.guessed[letter] = true;
  const hit = this.secret.indexOf(letter) >= 0;
  if (!hit) this.misses++;
  return hit;
};
Game.prototype.state = function () {
  if (this.masked().indexOf("_") < 0) return "won";
  if (this.misses >= this.maxMisses) return "lost";
  return "playing";
};

function chooseLetter(game) {
  const mask = game.masked();
  const candidates = dictionary.filter(function (w) {
    if (w.length !== mask.length) return false;
    for (let i = 0; i < w.length; i++) {
      if (mask[i] === "_") { if (game.guessed[w[i]]) return false; }
      else if (mask[i] !== w[i]) return false;
    }
    return true;
  });
  const freq = {};
  (candidates.length ? candidates : dictionary).forEach(function (w) {
    const seen = {};
    w.split("").forEach(function (c) {
      if (!game.guessed[c] && !seen[c]) { freq[c] = (freq[c] || 0) + 1; seen[c] = true; }
    });
  });
  let best = null;
  Object.keys(freq).sort().forEach(function (c) { if (best === null || freq[c] > freq[best]) best = c; });
  return best || "abcdefghijklmnopqrstuvwxyz".split("").filter(function (c) { return !game.guessed[c]; })[0];
}

let wins = 0;
["kiln", "closure", "optimizer", "lexer", "syntax", "quiz", "jumbo"].forEach(function (secret) {
  const g = new Game(secret, 6);
  const trail = [];
  while (g.state() === "playing") {
    const l = chooseLetter(g);
    trail.push(l + (g.guess(l) ? "+" : "-"));
  }
  if (g.state() === "won") wins++;
  console.log(secret.padEnd(10) + g.state().padEnd(5) + " misses=" + g.misses + " " + g.masked() + "  [" + trail.join(" ") + "]");
});
console.log("wins:", wins);
const manual = new Game("kiln", 3);
try {
  manual.guess("k");
  manual.guess("k");
} catch (e) {
  console.log(e.message);
}
