// A Turing machine simulator running a binary incrementer and a busy beaver
function TuringMachine(rules, start, halt) {
  this.rules = rules;
  this.state = start;
  this.halt = halt;
  this.tape = {};
  this.head = 0;
  this.steps = 0;
}

TuringMachine.prototype.load = function (input, offset) {
  for (let i = 0; i < input.length; i++) this.tape[offset + i] = input[i];
  return this;
};

TuringMachine.prototype.read = function () {
  return this.tape[this.head] === undefined ? "_" : this.tape[this.head];
};

TuringMachine.prototype.run = function (limit) {
  while (this.state !== this.halt) {
    if (this.steps >= limit) throw new Error("did not halt within " + limit + " steps");
    const key = this.state + "," + this.read();
    const rule = this.rules[key];
    if (!rule) throw new Error("no rule for " + key);
    this.tape[this.head] = rule[0];
    this.head += rule[1] === "R" ? 1 : rule[1] === "L" ? -1 : 0;
    this.state = rule[2];
    this.steps++;
  }
  return this;
};

TuringMachine.prototype.contents = function () {
  const keys = Object.keys(this.tape).map(function (k) { return +k; });
  const lo = Math.min.apply(null, keys), hi = Math.max.apply(null, keys);
  let s = "";
  for (let i = lo; i <= hi; i++) s += this.tape[i] === undefined ? "_" : this.tape[i];
  return s.replace(/^_+|_+$/g, "");
};

// binary increment: move to the rightmost digit, then add one with carry
const increment = {
  "right,0": ["0", "R", "right"],
  "right,1": ["1", "R", "right"],
  "right,_": ["_", "L", "carry"],
  "carry,1": ["0", "L", "carry"],
  "carry,0": ["1", "N", "done"],
  "carry,_": ["1", "N", "done"],
};
["0", "1", "1011", "111", "100111"].forEach(function (bits) {
  const tm = new TuringMachine(increment, "right", "done").load(bits, 0).run(1000);
  console.log(bits + " + 1 = " + tm.contents() + " (" + tm.steps + " steps, " + parseInt(tm.contents(), 2) + ")");
});

// 3-state 2-symbol busy beaver
const beaver = {
  "A,_": ["1", "R", "B"], "A,1": ["1", "R", "H"],
  "B,_": ["_", "R", "C"], "B,1": ["1", "R", "B"],
  "C,_": ["1", "L", "C"], "C,1": ["1", "L", "A"],
};
const bb = new TuringMachine(beaver, "A", "H").run(1000);
console.log("busy beaver tape: " + bb.contents() + " ones=" + (bb.contents().split("1").length - 1) + " steps=" + bb.steps);
// without parentheses the subtraction applies to a string and yields NaN
console.log("precedence pitfall: " + "ones=" + bb.contents().split("1").length - 1);
console.log("ones written:", (bb.contents().match(/1/g) || []).length, "steps:", bb.steps);

try {
  new TuringMachine({ "s,_": ["_", "R", "s"] }, "s", "h").run(500);
} catch (e) {
  console.log(e.message);
}
try {
  new TuringMachine(increment, "right", "done").load("12", 0).run(100);
} catch (e) {
  console.log(e.message);
}
