// Trie with insert, prefix search, autocomplete and deletion
function TrieNode() {
  this.children = {};
  this.end = false;
  this.count = 0;
}

function Trie() { this.root = new TrieNode(); this.size = 0; }

Trie.prototype.insert = function (word) {
  let node = this.root;
  for (let i = 0; i < word.length; i++) {
    const ch = word[i];
    if (!node.children[ch]) node.children[ch] = new TrieNode();
    node = node.children[ch];
    node.count++;
  }
  if (!node.end) this.size++;
  node.end = true;
};

Trie.prototype.findNode = function (prefix) {
  let node = this.root;
  for (let i = 0; i < prefix.length; i++) {
    node = node.children[prefix[i]];
    if (!node) return null;
  }
  return node;
};

Trie.prototype.has = function (word) {
  const n = this.findNode(word);
  return !!(n && n.end);
};

Trie.prototype.complete = function (prefix, limit) {
  const results = [];
  const start = this.findNode(prefix);
  function walk(node, acc) {
    if (results.length >= limit) return;
    if (node.end) results.push(acc);
    Object.keys(node.children).sort().forEach(function (ch) {
      walk(node.children[ch], acc + ch);
    });
  }
  if (start) walk(start, prefix);
  return results.slice(0, limit);
};

Trie.prototype.remove = function (word) {
  if (!this.has(word)) return false;
  let node = this.root;
  for (let i = 0; i < word.length; i++) {
    const next = node.children[word[i]];
    next.count--;
    if (next.count === 0) {
      delete node.children[word[i]];
      this.size--;
      return true;
    }
    node = next;
  }
  node.end = false;
  this.size--;
  return true;
};

const t = new Trie();
const words = ["car", "card", "care", "careful", "cart", "cat", "catalog", "dog", "dot", "dove", "do"];
words.forEach(function (w) { t.insert(w); });
t.insert("car");
console.log("size:", t.size);
["car", "ca", "do", "dove", "doves", "x"].forEach(function (w) {
  console.log(w + ": has=" + t.has(w));
});
console.log("car* ->", t.complete("car", 10).join(", "));
console.log("ca* (3) ->", t.complete("ca", 3).join(", "));
console.log("do* ->", t.complete("do", 10).join(", "));
console.log("z* ->", t.complete("z", 10));
console.log("prefix count 'car':", t.findNode("car").count);
console.log("remove careful:", t.remove("careful"), "remove cab:", t.remove("cab"), "remove car:", t.remove("car"));
console.log("car* ->", t.complete("car", 10).join(", "), "size:", t.size);
