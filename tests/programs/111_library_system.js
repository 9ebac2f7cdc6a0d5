// Library lending system: members, books, loans, holds and late fees
function Library() {
  this.books = {};
  this.members = {};
  this.day = 0;
  this.events = [];
}

Library.prototype.addBook = function (isbn, title, copies) {
  this.books[isbn] = { title: title, copies: copies, out: [], holds: [] };
};

Library.prototype.join = function (id, name, limit) {
  this.members[id] = { name: name, limit: limit, loans: {}, fees: 0 };
};

Library.prototype.advance = function (days) { this.day += days; };

Library.prototype.checkout = function (memberId, isbn) {
  const m = this.members[memberId], b = this.books[isbn];
  if (!m) throw new Error("no member " + memberId);
  if (!b) throw new Error("no book " + isbn);
  if (m.fees > 5) throw new Error(m.name + " owes $" + m.fees.toFixed(2));
  if (Object.keys(m.loans).length >= m.limit) throw new Error(m.name + " reached loan limit");
  const available = b.copies - b.out.length;
  if (available <= 0 || (b.holds.length && b.holds[0] !== memberId)) {
    if (b.holds.indexOf(memberId) < 0) b.holds.push(memberId);
    return m.name + " placed hold on " + b.title + " (position " + (b.holds.indexOf(memberId) + 1) + ")";
  }
  if (b.holds[0] === memberId) b.holds.shift();
  b.out.push(memberId);
  m.loans[isbn] = this.day + 14;
  return m.name + " borrowed " + b.title + ", due day " + m.loans[isbn];
};

Library.prototype.giveBack = function (memberId, isbn) {
  const m = this.members[memberId], b = this.books[isbn];
  if (!(isbn in m.loans)) throw new Error(m.name + " does not have " + b.title);
  const late = Math.max(0, this.day - m.loans[isbn]);
  const fee = late * 0.25;
  m.fees += fee;
  delete m.loans[isbn];
  b.out.splice(b.out.indexOf(memberId), 1);
  let msg = m.name + " returned " + b.title + (late ? ", " + late + " days late, fee $" + fee.toFixed(2) : " on time");
  if (b.holds.length) msg += "; held for " + this.members[b.holds[0]].name;
  return msg;
};

const lib = new Library();
lib.addBook("111", "Dune", 1);
lib.addBook("222", "Emma", 2);
lib.addBook("333", "Ulysses", 1);
lib.join("m1", "Ann", 2);
lib.join("m2", "Ben", 1);
lib.join("m3", "Cal", 3);

const actions = [
  ["out", "m1", "111"], ["out", "m2", "111"], ["out", "m3", "111"], ["out", "m1", "222"],
  ["out", "m1", "333"], ["wait", 20], ["back", "m1", "111"], ["out", "m3", "111"],
  ["out", "m2", "111"], ["wait", 30], ["back", "m1", "222"], ["out", "m1", "333"],
  ["back", "m2", "222"], ["out", "m9", "111"],
];
actions.forEach(function (a) {
  let out;
  try {
    if (a[0] === "wait") { lib.advance(a[1]); out = "-- day " + lib.day + " --"; }
    else if (a[0] === "out") out = lib.checkout(a[1], a[2]);
    else out = lib.giveBack(a[1], a[2]);
  } catch (e) {
    out = "refused: " + e.message;
  }
  console.log(out);
});
Object.keys(lib.members).forEach(function (id) {
  const m = lib.members[id];
  console.log(m.name + ": loans=" + JSON.stringify(m.loans) + " fees=$" + m.fees.toFixed(2));
});
