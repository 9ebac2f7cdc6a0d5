// Bank accounts with constructor functions and prototypes
function Account(owner, balance) {
  this.owner = owner;
  this.balance = balance || 0;
  this.history = [];
}

Account.prototype.deposit = function (amount) {
  if (amount <= 0) throw new RangeError("deposit must be positive");
  this.balance += amount;
  this.history.push("+" + amount);
  return this;
};

Account.prototype.withdraw = function (amount) {
  if (amount > this.balance) {
    throw new Error("insufficient funds for " + this.owner);
  }
  this.balance -= amount;
  this.history.push("-" + amount);
  return this;
};

Account.prototype.toString = function () {
  return "[" + this.owner + ": " + this.balance.toFixed(2) + "]";
};

function SavingsAccount(owner, balance, rate) {
  Account.call(this, owner, balance);
  this.rate = rate;
}
SavingsAccount.prototype = Object.create(Account.prototype);
SavingsAccount.prototype.constructor = SavingsAccount;
SavingsAccount.prototype.addInterest = function () {
  const interest = Math.round(this.balance * this.rate * 100) / 100;
  this.deposit(interest);
  return interest;
};

function transfer(from, to, amount) {
  try {
    from.withdraw(amount);
    to.deposit(amount);
    return "ok";
  } catch (e) {
    return "failed: " + e.message;
  } finally {
    console.log("transfer attempted: " + amount);
  }
}

const alice = new Account("alice", 100);
const bob = new SavingsAccount("bob", 250, 0.05);
alice.deposit(50).withdraw(30);
console.log(String(alice), String(bob));
console.log(transfer(alice, bob, 500));
console.log(transfer(bob, alice, 75));
console.log("interest:", bob.addInterest());
console.log(alice.toString(), bob.toString());
console.log(alice.history.join(","), bob.history.join(","));
console.log(bob instanceof SavingsAccount, bob instanceof Account, alice instanceof SavingsAccount);
try {
  alice.deposit(-5);
} catch (e) {
  console.log(e.name, e.message, e instanceof RangeError);
}
