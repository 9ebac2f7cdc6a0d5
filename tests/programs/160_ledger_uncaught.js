// Double-entry ledger: post transactions, print a trial balance, then fail on an unbalanced entry
function Ledger() {
  this.accounts = {};
  this.journal = [];
}

Ledger.prototype.open = function (name, type) {
  this.accounts[name] = { type: type, debit: 0, credit: 0 };
};

Ledger.prototype.post = function (memo, lines) {
  let debits = 0, credits = 0;
  const self = this;
  lines.forEach(function (l) {
    if (!self.accounts[l.account]) throw new ReferenceError("no account named " + l.account);
    debits += l.debit || 0;
    credits += l.credit || 0;
  });
  if (Math.round(debits * 100) !== Math.round(credits * 100)) {
    throw new Error("unbalanced entry '" + memo + "': debits " + debits.toFixed(2) + " != credits " + credits.toFixed(2));
  }
  lines.forEach(function (l) {
    self.accounts[l.account].debit += l.debit || 0;
    self.accounts[l.account].credit += l.credit || 0;
  });
  this.journal.push(memo);
};

Ledger.prototype.balance = function (name) {
  const a = this.accounts[name];
  const normalDebit = a.type === "asset" || a.type === "expense";
  return normalDebit ? a.debit - a.credit : a.credit - a.debit;
};

Ledger.prototype.trialBalance = function () {
  const self = this;
  let td = 0, tc = 0;
  const rows = Object.keys(this.accounts).map(function (name) {
    const a = self.accounts[name];
    const net = a.debit - a.credit;
    const dr = net > 0 ? net : 0, cr = net < 0 ? -net : 0;
    td += dr;
    tc += cr;
    return name.padEnd(12) + (dr ? dr.toFixed(2) : "").padStart(10) + (cr ? cr.toFixed(2) : "").padStart(10);
  });
  rows.push("-".repeat(32));
  rows.push("TOTAL".padEnd(12) + td.toFixed(2).padStart(10) + tc.toFixed(2).padStart(10));
  return rows.join("\n");
};

const L = new Ledger();
L.open("cash", "asset");
L.open("inventory", "asset");
L.open("equity", "equity");
L.open("sales", "income");
L.open("cogs", "expense");
L.open("rent", "expense");

L.post("owner investment", [{ account: "cash", debit: 10000 }, { account: "equity", credit: 10000 }]);
L.post("buy stock", [{ account: "inventory", debit: 4000 }, { account: "cash", credit: 4000 }]);
L.post("sale", [{ account: "cash", debit: 2500 }, { account: "sales", credit: 2500 }, { account: "cogs", debit: 1200 }, { account: "inventory", credit: 1200 }]);
L.post("pay rent", [{ account: "rent", debit: 1500 }, { account: "cash", credit: 1500 }]);
try {
  L.post("typo", [{ account: "csh", debit: 1 }, { account: "cash", credit: 1 }]);
} catch (e) {
  console.log("rejected:", e.name, e.message);
}
console.log(L.trialBalance());
const profit = L.balance("sales") - L.balance("cogs") - L.balance("rent");
console.log("net income:", profit.toFixed(2), "cash:", L.balance("cash").toFixed(2));
console.log("journal:", L.journal.join(" | "));
console.log("posting a bad adjustment...");
L.post("bad adjustment", [{ account: "cash", debit: 100 }, { account: "sales", credit: 99.5 }]);
console.log("not reached");
