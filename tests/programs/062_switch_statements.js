// Switch statements: fallthrough, default placement, strict comparisons
function dayType(day) {
  switch (day.toLowerCase()) {
    case "saturday":
    case "sunday":
      return "weekend";
    case "friday":
      return "almost weekend";
    default:
      return "weekday";
  }
}
["Monday", "Friday", "SUNDAY", "saturday", "Wednesday"].forEach(function (d) {
  console.log(d + ": " + dayType(d));
});

function fallthrough(n) {
  const out = [];
  switch (n) {
    case 1:
      out.push("one");
    case 2:
      out.push("two");
      break;
    case 3:
      out.push("three");
    default:
      out.push("default");
    case 4:
      out.push("four");
  }
  return out.join(",");
}
for (let n = 0; n <= 5; n++) console.log(n + " -> " + fallthrough(n));

function strictness(v) {
  switch (v) {
    case 1: return "number 1";
    case "1": return "string 1";
    case true: return "boolean true";
    case null: return "null";
    case undefined: return "undefined";
    default: return "other " + typeof v;
  }
}
[1, "1", true, null, undefined, NaN, {}].forEach(function (v) { console.log(strictness(v)); });

function grade(score) {
  switch (true) {
    case score >= 90: return "A";
    case score >= 80: return "B";
    case score >= 70: return "C";
    case score >= 60: return "D";
    default: return "F";
  }
}
console.log([95, 85, 72, 64, 10, 90, 89.9].map(grade).join(""));

function calc(op, a, b) {
  let result;
  switch (op) {
    case "+": result = a + b; break;
    case "-": result = a - b; break;
    case "*": result = a * b; break;
    case "/": {
      if (b === 0) { result = "div by zero"; break; }
      result = a / b;
      break;
    }
    default:
      throw new Error("unknown op " + op);
  }
  return result;
}
console.log(calc("+", 2, 3), calc("-", 2, 3), calc("*", 2, 3), calc("/", 3, 2), calc("/", 1, 0));
let counter = 0;
function next() { return ++counter; }
switch (next()) {
  case next(): console.log("matched second call"); break;
  case 1: console.log("matched first value, counter =", counter); break;
}
