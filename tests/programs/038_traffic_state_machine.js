// Table-driven finite state machines: traffic light and turnstile
function Machine(def) {
  this.state = def.initial;
  this.transitions = def.transitions;
  this.history = [def.initial];
  this.onEnter = def.onEnter || {};
}

Machine.prototype.send = function (event) {
  const table = this.transitions[this.state];
  const target = table && table[event];
  if (target === undefined) {
    return false;
  }
  this.state = target;
  this.history.push(target);
  if (this.onEnter[target]) this.onEnter[target].call(this, event);
  return true;
};

const enterLog = [];
const light = new Machine({
  initial: "red",
  transitions: {
    red: { timer: "green", emergency: "flashing" },
    green: { timer: "yellow", emergency: "flashing" },
    yellow: { timer: "red", emergency: "flashing" },
    flashing: { reset: "red" },
  },
  onEnter: {
    flashing: function (ev) { enterLog.push("flashing via " + ev + " after " + (this.history.length - 1) + " steps"); },
  },
});

["timer", "timer", "timer", "timer", "emergency", "timer", "reset", "timer"].forEach(function (ev) {
  const ok = light.send(ev);
  console.log(ev.padEnd(10) + (ok ? "-> " + light.state : "ignored (" + light.state + ")"));
});
console.log(light.history.join(" > "));
console.log(enterLog);

let coins = 0, passes = 0;
const turnstile = new Machine({
  initial: "locked",
  transitions: {
    locked: { coin: "unlocked", push: "locked" },
    unlocked: { coin: "unlocked", push: "locked" },
  },
  onEnter: {
    unlocked: function () { coins++; },
    locked: function (ev) { if (ev === "push" && this.history[this.history.length - 2] === "unlocked") passes++; },
  },
});
"coin push push coin coin push coin push push".split(" ").forEach(function (e) { turnstile.send(e); });
console.log("coins=" + coins + " passes=" + passes + " final=" + turnstile.state);
