// Glob-style wildcard matching with DP, and filtering file lists
function globMatch(pattern, str) {
  const m = pattern.length, n = str.length;
  const dp = [];
  for (let i = 0; i <= m; i++) dp.push(Array(n + 1).fill(false));
  dp[0][0] = true;
  for (let i = 1; i <= m; i++) if (pattern[i - 1] === "*") dp[i][0] = dp[i - 1][0];
  for (let i = 1; i <= m; i++) {
    const p = pattern[i - 1];
    for (let j = 1; j <= n; j++) {
      if (p === "*") dp[i][j] = dp[i - 1][j] || dp[i][j - 1];
      else if (p === "?" || p === str[j - 1]) dp[i][j] = dp[i - 1][j - 1];
    }
  }
  return dp[m][n];
}

function braceExpand(pattern) {
  const m = /\{([^{}]*)\}/.exec(pattern);
  if (!m) return [pattern];
  const before = pattern.slice(0, m.index), after = pattern.slice(m.index + m[0].length);
  return m[1].split(",").reduce(function (acc, alt) {
    return acc.concat(braceExpand(before + alt + after));
  }, []);
}

function filter(files, pattern) {
  const pats = braceExpand(pattern);
  return files.filter(function (f) {
    return pats.some(function (p) { return globMatch(p, f); });
  });
}

const cases = [
  ["*.js", "main.js"], ["*.js", "main.ts"], ["a?c", "abc"], ["a?c", "ac"], ["*", ""], ["?", ""],
  ["a*b*c", "aXXbYYc"], ["a*b*c", "abcabc"], ["a*b*c", "acb"], ["**x", "x"], ["*a*", "banana"], ["test_??.txt", "test_01.txt"],
];
cases.forEach(function (c) {
  console.log(c[0].padEnd(12) + JSON.stringify(c[1]).padEnd(14) + globMatch(c[0], c[1]));
});
console.log(braceExpand("src/{a,b}/{x,y,z}.js").join(" "));
console.log(braceExpand("file.{js,ts,}").join(" "));
const files = ["index.js", "index.ts", "util.js", "README.md", "test_01.js", "test_02.ts", "notes.txt", "app.min.js", "style.css"];
["*.js", "*.{js,ts}", "test_*", "*.min.*", "?????.*", "*.{md,txt}"].forEach(function (p) {
  console.log(p.padEnd(10) + " -> " + filter(files, p).join(", "));
});
