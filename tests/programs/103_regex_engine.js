// A tiny backtracking regular expression matcher (Pike/Kernighan style)
// Supports: literal chars, '.', '*', '+', '?', '^', '$', and character classes [abc] / [a-z]
function parseAtom(re, i) {
  if (re[i] === "[") {
    let j = i + 1;
    const negate = re[j] === "!";
    if (negate) j++;
    const ranges = [];
    while (re[j] !== "]") {
      if (re[j + 1] === "-" && re[j + 2] !== "]") { ranges.push([re[j], re[j + 2]]); j += 3; }
      else { ranges.push([re[j], re[j]]); j++; }
    }
    return {
      len: j - i + 1,
      test: function (c) {
        const hit = ranges.some(function (r) { return c >= r[0] && c <= r[1]; });
        return c !== undefined && hit !== negate;
      },
    };
  }
  const ch = re[i];
  return { len: 1, test: function (c) { return c !== undefined && (ch === "." || c === ch); } };
}

function matchHere(re, i, text, j) {
  if (i === re.length) return true;
  if (re[i] === "$" && i === re.length - 1) return j === text.length;
  const atom = parseAtom(re, i);
  const q = re[i + atom.len];
  const next = i + atom.len + 1;
  if (q === "*" || q === "+" || q === "?") {
    let k = j;
    const max = q === "?" ? 1 : Infinity;
    while (k - j < max && atom.test(text[k])) k++;
    const min = q === "+" ? 1 : 0;
    for (; k - j >= min; k--) {
      if (matchHere(re, next, text, k)) return true;
    }
    return false;
  }
  if (atom.test(text[j])) return matchHere(re, i + atom.len, text, j + 1);
  return false;
}

function match(re, text) {
  if (re[0] === "^") return matchHere(re, 1, text, 0);
  for (let j = 0; j <= text.length; j++) {
    if (matchHere(re, 0, text, j)) return true;
  }
  return false;
}

const cases = [
  ["abc", "xxabcxx", true], ["^abc", "xxabc", false], ["^abc", "abcdef", true], ["abc$", "xxabc", true],
  ["a.c", "abc", true], ["a.c", "ac", false], ["ab*c", "ac", true], ["ab*c", "abbbbc", true], ["ab+c", "ac", false],
  ["ab+c", "abbc", true], ["colou?r", "color", true], ["colou?r", "colour", true], ["colou?r", "colouur", false],
  ["^[a-z]+@[a-z]+.com$", "bob@site.com", true], ["^[0-9][0-9]*$", "12345", true], ["^[0-9][0-9]*$", "12a45", false],
  ["^[!0-9]+$", "hello", true], ["^[!0-9]+$", "h3llo", false], ["^.*$", "", true], ["x*", "", true],
  ["^a*a*a*b$", "aaaaaaaaaaaac", false], ["[xyz]", "abc", false], ["c[a-c]t$", "the cat", true],
];
let agree = 0;
cases.forEach(function (c) {
  const mine = match(c[0], c[1]);
  if (mine === c[2]) agree++;
  console.log(JSON.stringify(c[0]).padEnd(24) + JSON.stringify(c[1]).padEnd(16) + mine + (mine === c[2] ? "" : " (expected " + c[2] + ")"));
});
console.log("matches expected:", agree + "/" + cases.length);
