// Big factorials using arrays of decimal digits (little-endian)
function multiplySmall(digits, m) {
  let carry = 0;
  for (let i = 0; i < digits.length; i++) {
    const p = digits[i] * m + carry;
    digits[i] = p % 10;
    carry = Math.floor(p / 10);
  }
  while (carry > 0) {
    digits.push(carry % 10);
    carry = Math.floor(carry / 10);
  }
  return digits;
}

function factorial(n) {
  const digits = [1];
  for (let i = 2; i <= n; i++) multiplySmall(digits, i);
  return digits;
}

function toStr(digits) {
  return digits.slice().reverse().join("");
}

function digitSum(digits) {
  return digits.reduce(function (a, b) { return a + b; }, 0);
}

function trailingZeros(digits) {
  let z = 0;
  while (z < digits.length && digits[z] === 0) z++;
  return z;
}

[0, 1, 5, 10, 20, 25, 30].forEach(function (n) {
  console.log(n + "! = " + toStr(factorial(n)));
});
const f100 = factorial(100);
const s = toStr(f100);
console.log("100! has " + s.length + " digits");
console.log("100! digit sum = " + digitSum(f100));
console.log("100! trailing zeros = " + trailingZeros(f100));
console.log("100! leading part = " + s.slice(0, 20) + "...");
const f500 = factorial(500);
console.log("500! has " + f500.length + " digits, digit sum " + digitSum(f500) + ", zeros " + trailingZeros(f500));

// powers of two
const p = [1];
for (let i = 0; i < 128; i++) multiplySmall(p, 2);
console.log("2^128 = " + toStr(p));
