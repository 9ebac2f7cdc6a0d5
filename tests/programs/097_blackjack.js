// Blackjack rounds with a seeded shuffle and a basic dealer strategy
function Random(seed) { this.s = seed % 2147483647; if (this.s <= 0) this.s += 2147483646; }
Random.prototype.next = function () { this.s = (this.s * 16807) % 2147483647; return (this.s - 1) / 2147483646; };

function makeDeck() {
  const deck = [];
  const suits = ["S", "H", "D", "C"];
  const ranks = ["A", "2", "3", "4", "5", "6", "7", "8", "9", "10", "J", "Q", "K"];
  suits.forEach(function (s) { ranks.forEach(function (r) { deck.push(r + s); }); });
  return deck;
}

function shuffle(deck, rng) {
  for (let i = deck.length - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    const t = deck[i]; deck[i] = deck[j]; deck[j] = t;
  }
  return deck;
}

function handValue(cards) {
  let total = 0, aces = 0;
  cards.forEach(function (c) {
    const r = c.slice(0, -1);
    if (r === "A") { aces++; total += 11; }
    else if (r === "K" || r === "Q" || r === "J") total += 10;
    else total += parseInt(r, 10);
  });
  while (total > 21 && aces > 0) { total -= 10; aces--; }
  return total;
}

function playRound(deck, threshold) {
  const player = [deck.pop(), deck.pop()];
  const dealer = [deck.pop(), deck.pop()];
  while (handValue(player) < threshold) player.push(deck.pop());
  const pv = handValue(player);
  if (pv <= 21) while (handValue(dealer) < 17) dealer.push(deck.pop());
  const dv = handValue(dealer);
  let result;
  if (pv > 21) result = "bust";
  else if (dv > 21 || pv > dv) result = "win";
  else if (pv === dv) result = "push";
  else result = "lose";
  return { player: player, dealer: dealer, pv: pv, dv: dv, result: result };
}

const rng = new Random(20240601);
let deck = shuffle(makeDeck(), rng);
const tally = { win: 0, lose: 0, push: 0, bust: 0 };
for (let round = 1; round <= 8; round++) {
  if (deck.length < 15) deck = shuffle(makeDeck(), rng);
  const r = playRound(deck, 16);
  tally[r.result]++;
  console.log("round " + round + ": player " + r.player.join(" ") + " (" + r.pv + ") vs dealer " + r.dealer.join(" ") + " (" + r.dv + ") => " + r.result);
}
console.log(tally);

[12, 15, 17, 19].forEach(function (threshold) {
  const rr = new Random(7);
  const t = { win: 0, lose: 0, push: 0, bust: 0 };
  let d = shuffle(makeDeck(), rr);
  for (let i = 0; i < 300; i++) {
    if (d.length < 15) d = shuffle(makeDeck(), rr);
    t[playRound(d, threshold).result]++;
  }
  console.log("stand on " + threshold + ": " + JSON.stringify(t));
});
console.log(handValue(["AS", "AD", "9C"]), handValue(["KH", "QS", "2D"]), handValue(["AH", "KD"]));
