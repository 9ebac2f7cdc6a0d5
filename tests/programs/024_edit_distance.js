// Levenshtein distance with operation trace and a spelling suggester
function editDistance(a, b) {
  const m = a.length, n = b.length;
  const d = [];
  for (let i = 0; i <= m; i++) {
    d.push([]);
    for (let j = 0; j <= n; j++) d[i].push(i === 0 ? j : j === 0 ? i : 0);
  }
  for (let i = 1; i <= m; i++) {
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
    }
  }
  const ops = [];
  let i = m, j = n;
  while (i > 0 || j > 0) {
    if (i > 0 && j > 0 && d[i][j] === d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)) {
      if (a[i - 1] !== b[j - 1]) ops.push("sub " + a[i - 1] + "->" + b[j - 1]);
      i--; j--;
    } else if (i > 0 && d[i][j] === d[i - 1][j] + 1) {
      ops.push("del " + a[i - 1]);
      i--;
    } else {
      ops.push("ins " + b[j - 1]);
      j--;
    }
  }
  return { distance: d[m][n], ops: ops.reverse() };
}

[["kitten", "sitting"], ["flaw", "lawn"], ["intention", "execution"], ["", "abc"], ["abc", "abc"]].forEach(function (p) {
  const r = editDistance(p[0], p[1]);
  console.log(p[0] + " -> " + p[1] + ": " + r.distance + " (" + r.ops.join(", ") + ")");
});

const dictionary = ["apple", "banana", "orange", "grape", "lemon", "melon", "mango", "peach", "pear", "plum"];
function suggest(word) {
  return dictionary
    .map(function (w) { return { w: w, d: editDistance(word, w).distance }; })
    .filter(function (x) { return x.d <= 2; })
    .sort(function (x, y) { return x.d - y.d || (x.w < y.w ? -1 : 1); })
    .map(function (x) { return x.w + "(" + x.d + ")"; });
}
["aple", "lemn", "pech", "mellon", "xyz"].forEach(function (w) {
  const s = suggest(w);
  console.log(w + ": " + (s.length ? s.join(" ") : "no suggestions"));
});
