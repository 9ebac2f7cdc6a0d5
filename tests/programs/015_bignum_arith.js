// Arbitrary precision integer add, subtract, multiply on digit strings
function norm(s) {
  const r = s.replace(/^0+/, "");
  return r === "" ? "0" : r;
}

function cmp(a, b) {
  a = norm(a); b = norm(b);
  if (a.length !== b.length) return a.length < b.length ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

function add(a, b) {
  let i = a.length - 1, j = b.length - 1, carry = 0, out = [];
  while (i >= 0 || j >= 0 || carry) {
    const s = (i >= 0 ? +a[i--] : 0) + (j >= 0 ? +b[j--] : 0) + carry;
    out.push(s % 10);
    carry = s >= 10 ? 1 : 0;
  }
  return norm(out.reverse().join(""));
}

function sub(a, b) {
  if (cmp(a, b) < 0) return "-" + sub(b, a);
  let i = a.length - 1, j = b.length - 1, borrow = 0, out = [];
  while (i >= 0) {
    let d = +a[i--] - borrow - (j >= 0 ? +b[j--] : 0);
    borrow = d < 0 ? 1 : 0;
    if (d < 0) d += 10;
    out.push(d);
  }
  return norm(out.reverse().join(""));
}

function mul(a, b) {
  const res = Array(a.length + b.length).fill(0);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      const p = (a.charCodeAt(i) - 48) * (b.charCodeAt(j) - 48) + res[i + j + 1];
      res[i + j + 1] = p % 10;
      res[i + j] += Math.floor(p / 10);
    }
  }
  return norm(res.join(""));
}

function pow(base, e) {
  let result = "1";
  let b = base;
  while (e > 0) {
    if (e & 1) result = mul(result, b);
    b = mul(b, b);
    e >>= 1;
  }
  return result;
}

console.log(add("999999999999999999", "1"));
console.log(add("123456789012345678901234567890", "987654321098765432109876543210"));
console.log(sub("1000000000000000000000", "1"));
console.log(sub("12345", "54321"));
console.log(mul("123456789", "987654321"));
console.log(mul("99999999999999999999", "99999999999999999999"));
console.log("3^100 =", pow("3", 100));
console.log("7^77 =", pow("7", 77));
let fa = "0", fb = "1";
for (let i = 0; i < 200; i++) {
  const t = add(fa, fb);
  fa = fb;
  fb = t;
}
console.log("fib(200) =", fa);
console.log(cmp("0012", "12"), cmp("99", "100"), cmp("500", "499"));
