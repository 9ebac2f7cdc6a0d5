// Validating identifiers with checksums: Luhn, ISBN-10/13, IBAN (mod 97), EAN
function luhn(num) {
  const digits = num.replace(/\D/g, "");
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = +digits[digits.length - 1 - i];
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return digits.length > 1 && sum % 10 === 0;
}

function isbn10(s) {
  const c = s.replace(/-/g, "");
  if (!/^\d{9}[\dX]$/.test(c)) return false;
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += (c[i] === "X" ? 10 : +c[i]) * (10 - i);
  return sum % 11 === 0;
}

function isbn13(s) {
  const c = s.replace(/-/g, "");
  if (!/^\d{13}$/.test(c)) return false;
  let sum = 0;
  for (let i = 0; i < 13; i++) sum += +c[i] * (i % 2 ? 3 : 1);
  return sum % 10 === 0;
}

function mod97(numeric) {
  let rem = 0;
  for (let i = 0; i < numeric.length; i += 7) {
    rem = parseInt(String(rem) + numeric.substring(i, i + 7), 10) % 97;
  }
  return rem;
}

function iban(s) {
  const c = s.replace(/\s+/g, "").toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(c)) return false;
  const rearranged = c.slice(4) + c.slice(0, 4);
  const numeric = rearranged.replace(/[A-Z]/g, function (ch) { return String(ch.charCodeAt(0) - 55); });
  return mod97(numeric) === 1;
}

function luhnCheckDigit(partial) {
  for (let d = 0; d <= 9; d++) if (luhn(partial + d)) return d;
  return -1;
}

const tests = [
  ["luhn", "4539 1488 0343 6467"], ["luhn", "8273 1232 7352 0569"], ["luhn", "79927398713"], ["luhn", "0"],
  ["isbn10", "0-306-40615-2"], ["isbn10", "0-8044-2957-X"], ["isbn10", "0-306-40615-3"],
  ["isbn13", "978-0-306-40615-7"], ["isbn13", "978-3-16-148410-0"], ["isbn13", "978-3-16-148410-1"],
  ["iban", "GB82 WEST 1234 5698 7654 32"], ["iban", "DE89 3704 0044 0532 0130 00"], ["iban", "GB82 WEST 1234 5698 7654 33"],
];
const fns = { luhn: luhn, isbn10: isbn10, isbn13: isbn13, iban: iban };
tests.forEach(function (t) {
  console.log(t[0].padEnd(7) + t[1].padEnd(30) + (fns[t[0]](t[1]) ? "valid" : "INVALID"));
});
console.log("check digit for 7992739871:", luhnCheckDigit("7992739871"));
console.log("check digit for 453914880343646:", luhnCheckDigit("453914880343646"));
