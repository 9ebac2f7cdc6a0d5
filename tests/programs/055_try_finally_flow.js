// Control flow through try/catch/finally: returns, breaks, rethrows
const trace = [];

function f1() {
  try {
    trace.push("f1 try");
    return "from try";
  } finally {
    trace.push("f1 finally");
  }
}

function f2() {
  try {
    return "try";
  } finally {
    return "finally wins";
  }
}

function f3() {
  try {
    throw new Error("inner");
  } catch (e) {
    trace.push("f3 caught " + e.message);
    throw new Error("rethrown: " + e.message);
  } finally {
    trace.push("f3 finally");
  }
}

function f4() {
  let i = 0;
  const seen = [];
  while (true) {
    try {
      i++;
      if (i === 2) continue;
      if (i === 5) break;
      seen.push(i);
    } finally {
      seen.push("f" + i);
    }
  }
  return seen.join(" ");
}

function f5() {
  let x = 1;
  try {
    return x;
  } finally {
    x = 100;
  }
}

function nested() {
  const log = [];
  try {
    try {
      log.push("a");
      throw new TypeError("t1");
    } catch (e) {
      log.push("b:" + e.name);
      throw new RangeError("r1");
    } finally {
      log.push("c");
    }
  } catch (e) {
    log.push("d:" + e.name);
  } finally {
    log.push("e");
  }
  return log.join(",");
}

console.log(f1());
console.log(f2());
try {
  f3();
} catch (e) {
  console.log(e.message);
}
console.log(f4());
console.log(f5());
console.log(nested());
console.log(trace);

outer: for (let i = 0; i < 3; i++) {
  for (let j = 0; j < 3; j++) {
    try {
      if (j === 1) continue outer;
      if (i === 2) break outer;
      console.log("body", i, j);
    } finally {
      console.log("finally", i, j);
    }
  }
}

let caught;
try {
  try {
    throw new Error("lost?");
  } finally {
    console.log("cleanup runs before the outer catch");
  }
} catch (e) {
  caught = e.message;
}
console.log("outer caught:", caught);
try { } catch (e) { console.log("never"); } finally { console.log("empty try ok"); }
