// Roman numeral conversion in both directions with validation
const table = [
  [1000, "M"], [900, "CM"], [500, "D"], [400, "CD"], [100, "C"], [90, "XC"],
  [50, "L"], [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"],
];

function toRoman(n) {
  if (typeof n !== "number" || n < 1 || n > 3999 || n % 1 !== 0) {
    throw new RangeError("cannot convert " + n);
  }
  let out = "";
  for (let i = 0; i < table.length; i++) {
    while (n >= table[i][0]) {
      out += table[i][1];
      n -= table[i][0];
    }
  }
  return out;
}

const values = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

function fromRoman(s) {
  if (!/^[IVXLCDM]+$/.test(s)) throw new SyntaxError("invalid roman numeral: " + s);
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const cur = values[s[i]];
    const next = i + 1 < s.length ? values[s[i + 1]] : 0;
    total += cur < next ? -cur : cur;
  }
  if (toRoman(total) !== s) throw new SyntaxError("non-canonical numeral: " + s);
  return total;
}

[1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999].forEach(function (n) {
  console.log(String(n).padStart(4) + " = " + toRoman(n));
});
["III", "LVIII", "MCMXCIV", "MMXXIV", "IIII", "IC", "ABC"].forEach(function (s) {
  try {
    console.log(s + " = " + fromRoman(s));
  } catch (e) {
    console.log(s + ": " + e.name + " - " + e.message);
  }
});
[0, 4000, 2.5, "12"].forEach(function (n) {
  try {
    toRoman(n);
  } catch (e) {
    console.log(e.message);
  }
});
let ok = true;
for (let i = 1; i <= 3999; i++) if (fromRoman(toRoman(i)) !== i) ok = false;
console.log("round trip 1..3999:", ok);
