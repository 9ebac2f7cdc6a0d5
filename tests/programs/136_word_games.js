// Word games: Soundex, Pig Latin, Morse code, anagram grouping and acronyms
function soundex(name) {
  const codes = { b: 1, f: 1, p: 1, v: 1, c: 2, g: 2, j: 2, k: 2, q: 2, s: 2, x: 2, z: 2, d: 3, t: 3, l: 4, m: 5, n: 5, r: 6 };
  const s = name.toLowerCase().replace(/[^a-z]/g, "");
  let out = s.charAt(0).toUpperCase();
  let last = codes[s[0]] || 0;
  for (let i = 1; i < s.length && out.length < 4; i++) {
    const c = s[i];
    const code = codes[c] || 0;
    if (code && code !== last) out += code;
    if (c !== "h" && c !== "w") last = code;
  }
  return out.padEnd(4, "0");
}

function pigLatin(sentence) {
  return sentence.split(" ").map(function (w) {
    const m = /^([^aeiou]*)(.*)$/i.exec(w);
    if (!m[1]) return w + "way";
    const cap = /^[A-Z]/.test(w);
    const res = m[2] + m[1].toLowerCase() + "ay";
    return cap ? res.charAt(0).toUpperCase() + res.slice(1) : res;
  }).join(" ");
}

const MORSE = {
  a: ".-", b: "-...", c: "-.-.", d: "-..", e: ".", f: "..-.", g: "--.", h: "....", i: "..", j: ".---",
  k: "-.-", l: ".-..", m: "--", n: "-.", o: "---", p: ".--.", q: "--.-", r: ".-.", s: "...", t: "-",
  u: "..-", v: "...-", w: ".--", x: "-..-", y: "-.--", z: "--..", "0": "-----", "1": ".----", "2": "..---",
  "3": "...--", "4": "....-", "5": ".....", "6": "-....", "7": "--...", "8": "---..", "9": "----.",
};
const REVERSE = {};
Object.keys(MORSE).forEach(function (k) { REVERSE[MORSE[k]] = k; });

function toMorse(s) {
  return s.toLowerCase().split(" ").map(function (w) {
    return w.split("").map(function (c) { return MORSE[c] || "?"; }).join(" ");
  }).join(" / ");
}
function fromMorse(m) {
  return m.split(" / ").map(function (w) {
    return w.split(" ").map(function (c) { return REVERSE[c] || "?"; }).join("");
  }).join(" ");
}

function anagramGroups(words) {
  const groups = {};
  words.forEach(function (w) {
    const key = w.toLowerCase().split("").sort().join("");
    (groups[key] = groups[key] || []).push(w);
  });
  return Object.keys(groups).map(function (k) { return groups[k]; })
    .filter(function (g) { return g.length > 1; })
    .sort(function (a, b) { return b.length - a.length || (a[0] < b[0] ? -1 : 1); });
}

["Robert", "Rupert", "Rubin", "Ashcraft", "Tymczak", "Pfister", "Honeyman", "Lee"].forEach(function (n) {
  console.log(n.padEnd(9) + soundex(n));
});
console.log(pigLatin("The quick brown fox eats apples in Spring"));
const m = toMorse("SOS Kiln 2024");
console.log(m);
console.log(fromMorse(m));
console.log(JSON.stringify(anagramGroups(["listen", "silent", "enlist", "google", "inlets", "banana", "stone", "tones", "notes", "onset", "apple"])));
function acronym(s) {
  return s.split(/[\s-]+/).filter(function (w) { return w && !/^(of|and|the|for)$/i.test(w); })
    .map(function (w) { return w[0].toUpperCase(); }).join("");
}
console.log(acronym("Portable Network Graphics"), acronym("ahead-of-time compiler"), acronym("Department of Motor Vehicles"));
