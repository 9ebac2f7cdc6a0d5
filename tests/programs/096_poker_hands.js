// Poker hand evaluator and ranking
const RANKS = "23456789TJQKA";
const NAMES = ["High card", "One pair", "Two pair", "Three of a kind", "Straight", "Flush",
  "Full house", "Four of a kind", "Straight flush"];

function evaluate(hand) {
  const cards = hand.split(" ");
  const values = cards.map(function (c) { return RANKS.indexOf(c[0]) + 2; }).sort(function (a, b) { return b - a; });
  const suits = cards.map(function (c) { return c[1]; });
  const flush = suits.every(function (s) { return s === suits[0]; });
  let straight = values.every(function (v, i) { return i === 0 || values[i - 1] - v === 1; });
  if (!straight && values.join(",") === "14,5,4,3,2") {
    straight = true;
    values.splice(0, 1);
    values.push(1);
  }
  const counts = {};
  values.forEach(function (v) { counts[v] = (counts[v] || 0) + 1; });
  const groups = Object.keys(counts).map(function (v) { return [counts[v], +v]; })
    .sort(function (a, b) { return b[0] - a[0] || b[1] - a[1]; });
  const shape = groups.map(function (g) { return g[0]; }).join("");
  let cat;
  if (straight && flush) cat = 8;
  else if (shape === "41") cat = 7;
  else if (shape === "32") cat = 6;
  else if (flush) cat = 5;
  else if (straight) cat = 4;
  else if (shape === "311") cat = 3;
  else if (shape === "221") cat = 2;
  else if (shape === "2111") cat = 1;
  else cat = 0;
  const tiebreak = straight ? [values[0]] : groups.map(function (g) { return g[1]; });
  return { cat: cat, key: [cat].concat(tiebreak) };
}

function compare(a, b) {
  const ka = evaluate(a).key, kb = evaluate(b).key;
  for (let i = 0; i < Math.max(ka.length, kb.length); i++) {
    const d = (ka[i] || 0) - (kb[i] || 0);
    if (d !== 0) return d;
  }
  return 0;
}

const hands = [
  "2H 3D 5S 9C KD", "2C 3H 4S 8C AH", "2H 4S 4C 2D 4H", "2S 8S AS QS 3S",
  "TH JH QH KH AH", "5D 5C 5H 5S 2D", "AH 2D 3C 4S 5H", "9C TD JH QS KC",
  "KH KD 7S 7C 2H", "KS KC 7D 7H 3S", "QD QS 4H 8C JD",
];
hands.forEach(function (h) {
  console.log(h + "  " + NAMES[evaluate(h).cat]);
});
const ranked = hands.slice().sort(function (a, b) { return compare(b, a); });
console.log("ranking:");
ranked.forEach(function (h, i) { console.log(String(i + 1).padStart(3) + ". " + h); });
console.log(compare("KH KD 7S 7C 2H", "KS KC 7D 7H 3S") < 0 ? "second two-pair wins on kicker" : "first wins");
