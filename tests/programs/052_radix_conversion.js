// Converting numbers between bases by hand and with built-ins
const DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

function toBase(n, base) {
  if (base < 2 || base > 36) throw new RangeError("bad base " + base);
  if (n === 0) return "0";
  const neg = n < 0;
  n = Math.abs(n);
  let out = "";
  while (n > 0) {
    out = DIGITS[n % base] + out;
    n = Math.floor(n / base);
  }
  return (neg ? "-" : "") + out;
}

function fromBase(s, base) {
  let n = 0;
  const str = s.toUpperCase();
  const neg = str[0] === "-";
  for (let i = neg ? 1 : 0; i < str.length; i++) {
    const d = DIGITS.indexOf(str[i]);
    if (d < 0 || d >= base) throw new SyntaxError("digit '" + s[i] + "' invalid in base " + base);
    n = n * base + d;
  }
  return neg ? -n : n;
}

const values = [0, 1, 7, 10, 255, 1000, 65535, -42, 123456789];
values.forEach(function (v) {
  const b2 = toBase(v, 2), b8 = toBase(v, 8), b16 = toBase(v, 16), b36 = toBase(v, 36);
  const ok = b2.toLowerCase() === v.toString(2) && b16.toLowerCase() === v.toString(16) && b36.toLowerCase() === v.toString(36);
  console.log(String(v).padStart(10) + " | " + b2.padStart(28) + " | " + b8.padStart(10) + " | " + b16.padStart(8) + " | " + b36.padStart(6) + " " + (ok ? "ok" : "MISMATCH"));
});

["ff", "FF", "777", "zz", "-101", "kiln"].forEach(function (s, i) {
  const base = [16, 16, 8, 36, 2, 36][i];
  console.log(s + " (base " + base + ") = " + fromBase(s, base) + " / parseInt: " + parseInt(s, base));
});

try {
  fromBase("129", 8);
} catch (e) {
  console.log(e.name + ": " + e.message);
}
try {
  toBase(10, 40);
} catch (e) {
  console.log(e.name + ": " + e.message);
}

function hexdump(str) {
  const bytes = [];
  for (let i = 0; i < str.length; i++) bytes.push(str.charCodeAt(i).toString(16).padStart(2, "0"));
  return bytes.join(" ");
}
console.log(hexdump("Kiln JS!"));
console.log("0x" + (0xdead).toString(16) + " + 0x" + (0xbeef).toString(16) + " = 0x" + (0xdead + 0xbeef).toString(16));
console.log(0xFF, 0x7fffffff, 0x10 + 0x0a);
