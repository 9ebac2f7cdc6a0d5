// Sieve of Eratosthenes and prime utilities
function sieve(limit) {
  const isPrime = Array(limit + 1).fill(true);
  isPrime[0] = false;
  isPrime[1] = false;
  for (let i = 2; i * i <= limit; i++) {
    if (isPrime[i]) {
      for (let j = i * i; j <= limit; j += i) isPrime[j] = false;
    }
  }
  const result = [];
  for (let i = 0; i <= limit; i++) if (isPrime[i]) result.push(i);
  return result;
}

function factorize(n) {
  const factors = [];
  let d = 2;
  while (n > 1) {
    while (n % d === 0) {
      factors.push(d);
      n = n / d;
    }
    d++;
    if (d * d > n && n > 1) {
      factors.push(n);
      break;
    }
  }
  return factors;
}

const primes = sieve(100);
console.log("primes below 100:", primes.length);
console.log(primes.join(" "));
const big = sieve(10000);
console.log("count below 10000:", big.length);
console.log("last:", big[big.length - 1]);

const nums = [12, 97, 360, 1001, 65536, 999983, 123456];
nums.forEach(function (n) {
  console.log(n + " = " + factorize(n).join(" * "));
});

// twin primes
let twins = 0;
for (let i = 1; i < big.length; i++) {
  if (big[i] - big[i - 1] === 2) twins++;
}
console.log("twin prime pairs below 10000:", twins);
