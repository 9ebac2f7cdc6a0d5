// Base64 encoding/decoding implemented with bit operations
const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

function utf8Bytes(str) {
  const bytes = [];
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if (c < 0x80) bytes.push(c);
    else if (c < 0x800) bytes.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else bytes.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return bytes;
}

function fromUtf8(bytes) {
  let out = "";
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b < 0x80) out += String.fromCharCode(b);
    else if (b < 0xe0) { out += String.fromCharCode(((b & 31) << 6) | (bytes[i + 1] & 63)); i += 1; }
    else { out += String.fromCharCode(((b & 15) << 12) | ((bytes[i + 1] & 63) << 6) | (bytes[i + 2] & 63)); i += 2; }
  }
  return out;
}

function encode(str) {
  const bytes = utf8Bytes(str);
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] || 0) << 8) | (bytes[i + 2] || 0);
    out += ALPHABET[(n >> 18) & 63] + ALPHABET[(n >> 12) & 63];
    out += i + 1 < bytes.length ? ALPHABET[(n >> 6) & 63] : "=";
    out += i + 2 < bytes.length ? ALPHABET[n & 63] : "=";
  }
  return out;
}

function decode(b64) {
  if (b64.length % 4 !== 0 || /[^A-Za-z0-9+\/=]/.test(b64)) throw new Error("invalid base64: " + b64);
  const bytes = [];
  for (let i = 0; i < b64.length; i += 4) {
    const vals = [0, 1, 2, 3].map(function (k) {
      const ch = b64[i + k];
      return ch === "=" ? 0 : ALPHABET.indexOf(ch);
    });
    const n = (vals[0] << 18) | (vals[1] << 12) | (vals[2] << 6) | vals[3];
    bytes.push((n >> 16) & 255);
    if (b64[i + 2] !== "=") bytes.push((n >> 8) & 255);
    if (b64[i + 3] !== "=") bytes.push(n & 255);
  }
  return fromUtf8(bytes);
}

const samples = ["", "f", "fo", "foo", "foob", "fooba", "foobar", "Hello, World!", "Kiln compiles JS", "caf\u00e9 \u20ac5"];
samples.forEach(function (s) {
  const e = encode(s);
  const d = decode(e);
  console.log(JSON.stringify(s).padEnd(20) + " -> " + e.padEnd(24) + (d === s ? "ok" : "FAIL"));
});
console.log(decode("S2lsbiBpcyBmdW4="));
try {
  decode("abc");
} catch (e) {
  console.log(e.message);
}
console.log(utf8Bytes("\u20ac").map(function (b) { return b.toString(16); }).join(" "));
