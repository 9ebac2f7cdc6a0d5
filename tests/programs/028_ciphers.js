// Caesar, ROT13, Vigenere and Atbash ciphers
function shiftChar(c, k) {
  const code = c.charCodeAt(0);
  if (code >= 65 && code <= 90) return String.fromCharCode(((code - 65 + k) % 26 + 26) % 26 + 65);
  if (code >= 97 && code <= 122) return String.fromCharCode(((code - 97 + k) % 26 + 26) % 26 + 97);
  return c;
}

function caesar(text, k) {
  return text.split("").map(function (c) { return shiftChar(c, k); }).join("");
}

function rot13(text) {
  return text.replace(/[a-zA-Z]/g, function (c) { return shiftChar(c, 13); });
}

function vigenere(text, key, decrypt) {
  let ki = 0;
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (/[a-z]/i.test(c)) {
      let k = key.toLowerCase().charCodeAt(ki % key.length) - 97;
      if (decrypt) k = -k;
      out += shiftChar(c, k);
      ki++;
    } else out += c;
  }
  return out;
}

function atbash(text) {
  return text.replace(/[a-z]/gi, function (c) {
    const upper = c === c.toUpperCase();
    const base = upper ? 65 : 97;
    return String.fromCharCode(base + 25 - (c.charCodeAt(0) - base));
  });
}

const msg = "Attack at Dawn! Meet at the old bridge, 7pm.";
for (let k = 1; k <= 3; k++) console.log("caesar " + k + ": " + caesar(msg, k));
console.log("caesar round trip:", caesar(caesar(msg, 11), -11) === msg);
console.log("rot13: " + rot13(msg));
console.log("rot13 twice: " + rot13(rot13(msg)));
const enc = vigenere(msg, "LEMON");
console.log("vigenere: " + enc);
console.log("decrypted: " + vigenere(enc, "LEMON", true));
console.log("atbash: " + atbash(msg));
console.log("atbash twice: " + atbash(atbash(msg)));

// brute force caesar by scoring common letters
const secret = caesar("the secret code is hidden in the text", 17);
let best = null;
for (let k = 0; k < 26; k++) {
  const cand = caesar(secret, -k);
  const score = (cand.match(/[etaoin ]/g) || []).length;
  if (!best || score > best.score) best = { k: k, text: cand, score: score };
}
console.log("cracked key " + best.k + ": " + best.text);
