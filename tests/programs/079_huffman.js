// Huffman coding: build tree from frequencies, encode and decode text
function buildTree(text) {
  const freq = {};
  for (let i = 0; i < text.length; i++) freq[text[i]] = (freq[text[i]] || 0) + 1;
  let nodes = Object.keys(freq).map(function (ch) { return { ch: ch, w: freq[ch], order: ch.charCodeAt(0) }; });
  let nextOrder = 1000;
  while (nodes.length > 1) {
    nodes.sort(function (a, b) { return a.w - b.w || a.order - b.order; });
    const a = nodes.shift(), b = nodes.shift();
    nodes.push({ left: a, right: b, w: a.w + b.w, order: nextOrder++ });
  }
  return { root: nodes[0], freq: freq };
}

function codes(node, prefix, table) {
  if (node.ch !== undefined) {
    table[node.ch] = prefix || "0";
    return table;
  }
  codes(node.left, prefix + "0", table);
  codes(node.right, prefix + "1", table);
  return table;
}

function encode(text, table) {
  let bits = "";
  for (let i = 0; i < text.length; i++) bits += table[text[i]];
  return bits;
}

function decode(bits, root) {
  if (root.ch !== undefined) return root.ch.repeat(bits.length);
  let out = "";
  let node = root;
  for (let i = 0; i < bits.length; i++) {
    node = bits[i] === "0" ? node.left : node.right;
    if (node.ch !== undefined) {
      out += node.ch;
      node = root;
    }
  }
  return out;
}

["abracadabra", "mississippi river", "aaaa", "the quick brown fox jumps over the lazy dog"].forEach(function (text) {
  const t = buildTree(text);
  const table = codes(t.root, "", {});
  const bits = encode(text, table);
  const back = decode(bits, t.root);
  console.log(JSON.stringify(text));
  const chars = Object.keys(table).sort(function (a, b) { return t.freq[b] - t.freq[a] || (a < b ? -1 : 1); });
  console.log("  codes: " + chars.slice(0, 8).map(function (c) { return JSON.stringify(c) + "=" + table[c]; }).join(" "));
  console.log("  bits: " + bits.length + " vs " + text.length * 8 + " (" + (100 * bits.length / (text.length * 8)).toFixed(1) + "%)");
  console.log("  roundtrip: " + (back === text) + (bits.length <= 40 ? " " + bits : ""));
});
