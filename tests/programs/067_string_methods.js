// A tour of String.prototype methods on realistic inputs
const s = "  The Quick Brown Fox Jumps Over The Lazy Dog  ";
const t = s.trim();
console.log("[" + t + "]", t.length, s.length);
console.log(t.toUpperCase());
console.log(t.toLowerCase());
console.log(t.charAt(4), t.charCodeAt(4), t[10], t.charAt(100) === "", t.charCodeAt(100));
console.log(t.indexOf("The"), t.lastIndexOf("The"), t.indexOf("cat"), t.indexOf("o", 15));
console.log(t.slice(4, 9), t.slice(-8), t.slice(-8, -4), t.slice(10, 4) === "");
console.log(t.substring(4, 9), t.substring(9, 4), t.substring(-3, 3));
console.log(t.substr(4, 5), t.substr(-3), t.substr(-8, 4));
console.log(t.includes("Fox"), t.includes("fox"), t.startsWith("The"), t.startsWith("Quick", 4), t.endsWith("Dog"), t.endsWith("Lazy", 35));
console.log("ab".repeat(3), "-".repeat(0) === "", "x".padStart(5, "ab"), "x".padEnd(4, "12"), "long".padStart(2));
console.log(t.split(" ").length, t.split(" ", 3), "a,b,,c".split(","), "abc".split(""), "".split(","));
console.log(t.replace("The", "A"), "|", t.replace(/The/g, "A"));
console.log(String.fromCharCode(72, 105, 33), String.fromCharCode(0x263A).length);
console.log("MiXeD 123 CaSe!".toUpperCase(), "MiXeD 123 CaSe!".toLowerCase());
console.log("abc" < "abd", "Z" < "a", "10" < "9", "apple" > "Apple");

function titleCase(str) {
  return str.toLowerCase().split(" ").map(function (w) {
    return w ? w.charAt(0).toUpperCase() + w.slice(1) : w;
  }).join(" ");
}
function camel(str) {
  return str.replace(/[-_\s]+(.)?/g, function (m, c) { return c ? c.toUpperCase() : ""; });
}
function snake(str) {
  return str.replace(/([a-z0-9])([A-Z])/g, "$1_$2").replace(/[-\s]+/g, "_").toLowerCase();
}
function reverse(str) { return str.split("").reverse().join(""); }
function isPalindrome(str) {
  const c = str.toLowerCase().replace(/[^a-z0-9]/g, "");
  return c === reverse(c);
}
function countVowels(str) { return (str.match(/[aeiou]/gi) || []).length; }

console.log(titleCase("hello wORLD from  kiln"));
console.log(camel("background-color"), camel("user_first_name"), camel("make it so"));
console.log(snake("backgroundColor"), snake("HTTPServerError"), snake("some words-here"));
console.log(reverse("stressed"), isPalindrome("A man, a plan, a canal: Panama"), isPalindrome("kiln"));
console.log(countVowels(t), countVowels("rhythm"));
const words = t.split(" ");
console.log(words.map(function (w) { return w.length; }).join(""), words.filter(function (w) { return w.length > 4; }));
console.log("a-b-c".split("-").join("+"), "x" + "y" + 1 + null, "tab\tsep".split("\t"));
