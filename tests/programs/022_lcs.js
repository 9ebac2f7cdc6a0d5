// Longest common subsequence with table reconstruction and a line diff
function lcsTable(a, b) {
  const t = [];
  for (let i = 0; i <= a.length; i++) t.push(Array(b.length + 1).fill(0));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      t[i][j] = a[i - 1] === b[j - 1] ? t[i - 1][j - 1] + 1 : Math.max(t[i - 1][j], t[i][j - 1]);
    }
  }
  return t;
}

function lcs(a, b) {
  const t = lcsTable(a, b);
  let i = a.length, j = b.length;
  const out = [];
  while (i > 0 && j > 0) {
    if (a[i - 1] === b[j - 1]) { out.push(a[i - 1]); i--; j--; }
    else if (t[i - 1][j] >= t[i][j - 1]) i--;
    else j--;
  }
  return out.reverse();
}

function diff(a, b) {
  const t = lcsTable(a, b);
  const lines = [];
  let i = a.length, j = b.length;
  while (i > 0 || j > 0) {
    if (i > 0 && j > 0 && a[i - 1] === b[j - 1]) { lines.push("  " + a[i - 1]); i--; j--; }
    else if (j > 0 && (i === 0 || t[i][j - 1] >= t[i - 1][j])) { lines.push("+ " + b[j - 1]); j--; }
    else { lines.push("- " + a[i - 1]); i--; }
  }
  return lines.reverse();
}

const pairs = [["ABCBDAB", "BDCABA"], ["AGGTAB", "GXTXAYB"], ["kitten", "sitting"], ["", "abc"], ["same", "same"]];
pairs.forEach(function (p) {
  const r = lcs(p[0].split(""), p[1].split(""));
  console.log(JSON.stringify(p[0]) + " vs " + JSON.stringify(p[1]) + ": " + r.length + " '" + r.join("") + "'");
});

const oldText = ["function add(a, b) {", "  return a + b;", "}", "", "console.log(add(1, 2));"];
const newText = ["function add(a, b) {", "  // sum two numbers", "  return a + b;", "}", "console.log(add(3, 4));"];
diff(oldText, newText).forEach(function (l) { console.log(l); });
