// String searching: naive, Knuth-Morris-Pratt and Rabin-Karp with comparison counts
function naive(text, pat) {
  const hits = [];
  let comparisons = 0;
  for (let i = 0; i + pat.length <= text.length; i++) {
    let j = 0;
    while (j < pat.length) {
      comparisons++;
      if (text[i + j] !== pat[j]) break;
      j++;
    }
    if (j === pat.length) hits.push(i);
  }
  return { hits: hits, comparisons: comparisons };
}

function prefixTable(pat) {
  const t = [0];
  let k = 0;
  for (let i = 1; i < pat.length; i++) {
    while (k > 0 && pat[i] !== pat[k]) k = t[k - 1];
    if (pat[i] === pat[k]) k++;
    t.push(k);
  }
  return t;
}

function kmp(text, pat) {
  const t = prefixTable(pat);
  const hits = [];
  let k = 0, comparisons = 0;
  for (let i = 0; i < text.length; i++) {
    while (k > 0 && text[i] !== pat[k]) { comparisons++; k = t[k - 1]; }
    comparisons++;
    if (text[i] === pat[k]) k++;
    if (k === pat.length) {
      hits.push(i - pat.length + 1);
      k = t[k - 1];
    }
  }
  return { hits: hits, comparisons: comparisons };
}

function rabinKarp(text, pat) {
  const B = 256, M = 1000003;
  const n = text.length, m = pat.length;
  if (m > n) return { hits: [], collisions: 0 };
  let hp = 0, ht = 0, pow = 1;
  for (let i = 0; i < m; i++) {
    hp = (hp * B + pat.charCodeAt(i)) % M;
    ht = (ht * B + text.charCodeAt(i)) % M;
    if (i < m - 1) pow = (pow * B) % M;
  }
  const hits = [];
  let collisions = 0;
  for (let i = 0; ; i++) {
    if (hp === ht) {
      if (text.substr(i, m) === pat) hits.push(i);
      else collisions++;
    }
    if (i + m >= n) break;
    ht = ((ht - text.charCodeAt(i) * pow % M + M) * B + text.charCodeAt(i + m)) % M;
  }
  return { hits: hits, collisions: collisions };
}

console.log("prefix table ABABCABAB:", prefixTable("ABABCABAB").join(","));
console.log("prefix table AAAA:", prefixTable("AAAA").join(","));
const text = "ABABDABACDABABCABABABABCABAB";
["ABABCABAB", "AB", "ABAB", "XYZ", "B"].forEach(function (pat) {
  const n = naive(text, pat), k = kmp(text, pat), r = rabinKarp(text, pat);
  console.log(pat.padEnd(10) + "hits " + JSON.stringify(k.hits).padEnd(24) + "naive " + String(n.comparisons).padStart(3) +
    " kmp " + String(k.comparisons).padStart(3) + " rk-ok " + (r.hits.join() === k.hits.join()));
});
const aaa = "a".repeat(200) + "b";
const worst = naive(aaa, "a".repeat(20) + "b"), smart = kmp(aaa, "a".repeat(20) + "b");
console.log("worst case: naive " + worst.comparisons + " vs kmp " + smart.comparisons + ", hit at " + smart.hits[0]);
console.log("indexOf agrees:", text.indexOf("ABABCABAB") === kmp(text, "ABABCABAB").hits[0]);
