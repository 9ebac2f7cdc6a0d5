// Run-length encoding and decoding, plus a look-and-say sequence
function rleEncode(s) {
  if (s.length === 0) return "";
  let out = "";
  let run = 1;
  for (let i = 1; i <= s.length; i++) {
    if (i < s.length && s[i] === s[i - 1]) {
      run++;
    } else {
      out += (run > 1 ? run : "") + s[i - 1];
      run = 1;
    }
  }
  return out;
}

function rleDecode(s) {
  return s.replace(/(\d+)(\D)/g, function (m, n, ch) {
    return ch.repeat(parseInt(n, 10));
  });
}

function lookAndSay(s) {
  let out = "";
  let i = 0;
  while (i < s.length) {
    let j = i;
    while (j < s.length && s[j] === s[i]) j++;
    out += (j - i) + s[i];
    i = j;
  }
  return out;
}

const samples = [
  "WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW",
  "aaabccddddde",
  "abc",
  "",
  "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzz",
];
samples.forEach(function (s) {
  const e = rleEncode(s);
  const d = rleDecode(e);
  const ratio = s.length ? (e.length / s.length).toFixed(3) : "n/a";
  console.log(JSON.stringify(e) + " ok=" + (d === s) + " ratio=" + ratio);
});

let term = "1";
for (let i = 0; i < 12; i++) {
  console.log(String(i + 1).padStart(2) + ": " + (term.length > 40 ? term.slice(0, 40) + "... (" + term.length + ")" : term));
  term = lookAndSay(term);
}
