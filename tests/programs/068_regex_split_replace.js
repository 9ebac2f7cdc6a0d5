// Regular expressions for splitting, replacing with captures and callbacks
const sentence = "one, two;three  four|five,,six";
console.log(sentence.split(/[,;| ]+/));
console.log("a1b22c333d".split(/\d+/), "a1b22c333d".split(/(\d+)/).join(" "));
console.log("2024-03-15T10:20:30".split(/[-T:]/).map(function (k) { return +k; }));

console.log("John Smith".replace(/(\w+)\s(\w+)/, "$2, $1"));
console.log("aaa".replace(/a/, "b"), "aaa".replace(/a/g, "b"), "cost: $5".replace("$5", "$$10"));
console.log("x=1, y=22, z=333".replace(/(\w)=(\d+)/g, "$1:[$2]"));
console.log("hello world".replace(/o/g, "$&$&"), "abc".replace(/b/, "[$`|$']"));

const prices = "apple 1.20, pear 0.85, melon 3.5";
const doubled = prices.replace(/(\d+\.\d+|\d+)/g, function (m) {
  return (parseFloat(m) * 2).toFixed(2);
});
console.log(doubled);

function expand(template, vars) {
  return template.replace(/\$\{(\w+)\}/g, function (match, name, offset) {
    return name in vars ? vars[name] : "<" + name + "@" + offset + ">";
  });
}
console.log(expand("Hi ${name}, you have ${count} new ${thing}", { name: "Sam", count: 3 }));

const re = /(\d{3})-(\d{4})/g;
const text = "call 555-1234 or 555-9876, not 12-34";
let m;
const found = [];
while ((m = re.exec(text)) !== null) {
  found.push(m[0] + "@" + m.index + " (prefix " + m[1] + ")");
}
console.log(found.join("; "), "lastIndex after:", re.lastIndex);

const single = /(\w+)@(\w+)\.com/.exec("mail bob@example.com now");
console.log(single[0], single[1], single[2], single.index, single.length);
console.log("no match:", /xyz/.exec("abc"), "abc".match(/xyz/));
const matchAll = "The rain in Spain stays mainly".match(/ai/g);
console.log(matchAll, matchAll.length);
const firstMatch = "The rain in Spain".match(/(r|S)ain/);
console.log(firstMatch[0], firstMatch[1], firstMatch.index);
console.log("case".search(/S/i), "nothing".search(/z/));
console.log(/^\s*$/.test("   "), /^\d+$/.test("123a"), /\bcat\b/.test("concat"), /\bcat\b/.test("a cat!"));
console.log("line1\nline2\nline3".match(/^line\d$/gm));
console.log("tabs\tand   spaces".replace(/\s+/g, " "), "trim me  ".replace(/^\s+|\s+$/g, "") + "|");
const sticky = /o/g;
console.log(sticky.test("foo"), sticky.lastIndex, sticky.test("foo"), sticky.lastIndex, sticky.test("foo"), sticky.lastIndex);
