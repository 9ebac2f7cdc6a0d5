// Event sourcing: rebuild account state from an event log, snapshots and projections
const events = [
  { seq: 1, type: "Opened", account: "A-1", owner: "Ann" },
  { seq: 2, type: "Deposited", account: "A-1", amount: 500 },
  { seq: 3, type: "Opened", account: "B-2", owner: "Bo" },
  { seq: 4, type: "Withdrawn", account: "A-1", amount: 120 },
  { seq: 5, type: "Deposited", account: "B-2", amount: 75 },
  { seq: 6, type: "Transferred", account: "A-1", to: "B-2", amount: 200 },
  { seq: 7, type: "Frozen", account: "B-2", reason: "audit" },
  { seq: 8, type: "Deposited", account: "B-2", amount: 10 },
  { seq: 9, type: "Unfrozen", account: "B-2" },
  { seq: 10, type: "Deposited", account: "B-2", amount: 10 },
  { seq: 11, type: "Closed", account: "A-1" },
];

const reducers = {
  Opened: function (s, e) { s[e.account] = { owner: e.owner, balance: 0, frozen: false, open: true, txns: 0 }; },
  Deposited: function (s, e) {
    const a = s[e.account];
    if (a.frozen) return "ignored deposit to frozen " + e.account;
    a.balance += e.amount; a.txns++;
  },
  Withdrawn: function (s, e) { s[e.account].balance -= e.amount; s[e.account].txns++; },
  Transferred: function (s, e) {
    s[e.account].balance -= e.amount;
    s[e.to].balance += e.amount;
    s[e.account].txns++; s[e.to].txns++;
  },
  Frozen: function (s, e) { s[e.account].frozen = true; },
  Unfrozen: function (s, e) { s[e.account].frozen = false; },
  Closed: function (s, e) { s[e.account].open = false; },
};

function replay(log, upTo, initial) {
  const state = initial ? JSON.parse(JSON.stringify(initial.state)) : {};
  const warnings = [];
  log.forEach(function (e) {
    if (initial && e.seq <= initial.seq) return;
    if (e.seq > upTo) return;
    const r = reducers[e.type];
    if (!r) throw new Error("unknown event " + e.type);
    const w = r(state, e);
    if (w) warnings.push(w);
  });
  return { state: state, warnings: warnings };
}

function summary(state) {
  return Object.keys(state).map(function (k) {
    const a = state[k];
    return k + "(" + a.owner + "): " + a.balance + (a.frozen ? " frozen" : "") + (a.open ? "" : " closed") + " txns=" + a.txns;
  }).join("; ");
}

[3, 6, 8, 11].forEach(function (n) {
  const r = replay(events, n);
  console.log("after #" + n + ": " + summary(r.state) + (r.warnings.length ? " [" + r.warnings.join(", ") + "]" : ""));
});

const snapshot = { seq: 6, state: replay(events, 6).state };
const fromSnap = replay(events, 11, snapshot);
const full = replay(events, 11);
console.log("snapshot replay matches full replay:", JSON.stringify(fromSnap.state) === JSON.stringify(full.state));
const byType = events.reduce(function (m, e) { m[e.type] = (m[e.type] || 0) + 1; return m; }, {});
console.log(JSON.stringify(byType));
const volume = events.filter(function (e) { return "amount" in e; }).reduce(function (s, e) { return s + e.amount; }, 0);
console.log("money moved:", volume);
try {
  replay(events.concat([{ seq: 12, type: "Exploded", account: "A-1" }]), 99);
} catch (e) {
  console.log(e.message);
}
