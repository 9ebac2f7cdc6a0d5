// A tokenizer for a small expression language
function Token(type, value, pos) {
  this.type = type;
  this.value = value;
  this.pos = pos;
}

function tokenize(src) {
  const tokens = [];
  let i = 0;
  const isDigit = function (c) { return c >= "0" && c <= "9"; };
  const isAlpha = function (c) { return (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || c === "_"; };
  while (i < src.length) {
    const c = src.charAt(i);
    if (c === " " || c === "\t" || c === "\n") { i++; continue; }
    const start = i;
    if (isDigit(c)) {
      while (i < src.length && (isDigit(src[i]) || src[i] === ".")) i++;
      tokens.push(new Token("num", parseFloat(src.slice(start, i)), start));
    } else if (isAlpha(c)) {
      while (i < src.length && (isAlpha(src[i]) || isDigit(src[i]))) i++;
      const word = src.slice(start, i);
      const kw = ["let", "if", "else", "while", "return"].indexOf(word) >= 0;
      tokens.push(new Token(kw ? "kw" : "ident", word, start));
    } else if (c === '"') {
      i++;
      while (i < src.length && src[i] !== '"') i++;
      tokens.push(new Token("str", src.slice(start + 1, i), start));
      i++;
    } else {
      const two = src.substr(i, 2);
      if (["==", "!=", "<=", ">=", "&&", "||"].indexOf(two) >= 0) {
        tokens.push(new Token("op", two, start));
        i += 2;
      } else if ("+-*/=<>(){};,!".indexOf(c) >= 0) {
        tokens.push(new Token("op", c, start));
        i++;
      } else {
        throw new SyntaxError("unexpected character '" + c + "' at " + i);
      }
    }
  }
  return tokens;
}

const src = 'let x = 3.5 * (y + 42);\nif (x >= 10 && name != "bob") { return x; }';
const toks = tokenize(src);
toks.forEach(function (t) {
  console.log(String(t.pos).padStart(3) + "  " + t.type.padEnd(6) + JSON.stringify(t.value));
});
console.log("total tokens:", toks.length);
const byType = {};
toks.forEach(function (t) { byType[t.type] = (byType[t.type] || 0) + 1; });
console.log(JSON.stringify(byType));
try {
  tokenize("a = b @ c");
} catch (e) {
  console.log(e.name + ": " + e.message);
}
