// Converting numbers to English words and back
const ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
  "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const SCALES = ["", "thousand", "million", "billion", "trillion"];

function below1000(n) {
  const parts = [];
  if (n >= 100) {
    parts.push(ONES[Math.floor(n / 100)] + " hundred");
    n %= 100;
  }
  if (n >= 20) {
    parts.push(TENS[Math.floor(n / 10)] + (n % 10 ? "-" + ONES[n % 10] : ""));
  } else if (n > 0) {
    parts.push(ONES[n]);
  }
  return parts.join(" ");
}

function toWords(n) {
  if (n === 0) return "zero";
  if (n < 0) return "minus " + toWords(-n);
  const chunks = [];
  let scale = 0;
  while (n > 0) {
    const chunk = n % 1000;
    if (chunk) chunks.unshift(below1000(chunk) + (SCALES[scale] ? " " + SCALES[scale] : ""));
    n = Math.floor(n / 1000);
    scale++;
  }
  return chunks.join(" ");
}

function fromWords(s) {
  const words = s.replace(/-/g, " ").split(/\s+/);
  let total = 0, current = 0, sign = 1;
  words.forEach(function (w) {
    if (w === "minus") { sign = -1; return; }
    if (w === "and") return;
    const o = ONES.indexOf(w), t = TENS.indexOf(w), sc = SCALES.indexOf(w);
    if (o >= 0) current += o;
    else if (t >= 2) current += t * 10;
    else if (w === "hundred") current *= 100;
    else if (sc > 0) { total += current * Math.pow(1000, sc); current = 0; }
    else throw new Error("unknown word: " + w);
  });
  return sign * (total + current);
}

function ordinal(n) {
  const w = toWords(n);
  const irregular = { one: "first", two: "second", three: "third", five: "fifth", eight: "eighth", nine: "ninth", twelve: "twelfth" };
  return w.replace(/(\w+)$/, function (last) {
    if (irregular[last]) return irregular[last];
    if (last.endsWith("y")) return last.slice(0, -1) + "ieth";
    return last + "th";
  });
}

[0, 7, 13, 20, 42, 100, 101, 999, 1000, 1001, 12345, 1000000, 7654321, -58, 2000000017, 999999999999].forEach(function (n) {
  const w = toWords(n);
  const back = fromWords(w);
  console.log(String(n).padStart(13) + "  " + w + (back === n ? "" : "  [MISMATCH " + back + "]"));
});
console.log([1, 2, 3, 4, 5, 8, 9, 12, 20, 21, 40, 99, 100, 103].map(ordinal).join(", "));
console.log(fromWords("three hundred and sixty-five"), fromWords("one million two hundred thousand"));
try {
  fromWords("eleventy one");
} catch (e) {
  console.log(e.message);
}
