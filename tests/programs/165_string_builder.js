// Building large strings: array joins, rope-like chunks, and an indentation-aware code writer
function CodeWriter(indentUnit) {
  this.parts = [];
  this.level = 0;
  this.unit = indentUnit || "  ";
}
CodeWriter.prototype.line = function (text) {
  this.parts.push(text === "" ? "" : this.unit.repeat(this.level) + text);
  return this;
};
CodeWriter.prototype.open = function (text) { this.line(text + " {"); this.level++; return this; };
CodeWriter.prototype.close = function (suffix) {
  if (this.level === 0) throw new Error("unbalanced close");
  this.level--;
  return this.line("}" + (suffix || ""));
};
CodeWriter.prototype.toString = function () { return this.parts.join("\n"); };

function emitClassLike(w, name, fields, methods) {
  w.open("function " + name + "(" + fields.join(", ") + ")");
  fields.forEach(function (f) { w.line("this." + f + " = " + f + ";"); });
  w.close();
  methods.forEach(function (m) {
    w.line("");
    w.open(name + ".prototype." + m.name + " = function ()");
    w.line("return " + m.body + ";");
    w.close(";");
  });
}

const w = new CodeWriter("    ");
w.line("// generated code");
emitClassLike(w, "Point", ["x", "y"], [
  { name: "len", body: "Math.sqrt(this.x * this.x + this.y * this.y)" },
  { name: "toString", body: '"(" + this.x + ", " + this.y + ")"' },
]);
const code = w.toString();
console.log(code);
console.log("lines:", code.split("\n").length, "chars:", code.length);
try {
  w.close();
} catch (e) {
  console.log("error:", e.message);
}

// concatenation strategies produce identical results
let s1 = "";
for (let i = 0; i < 500; i++) s1 += String.fromCharCode(97 + (i % 26));
const arr = [];
for (let i = 0; i < 500; i++) arr.push(String.fromCharCode(97 + (i % 26)));
const s2 = arr.join("");
const s3 = "abcdefghijklmnopqrstuvwxyz".repeat(20).slice(0, 500);
console.log(s1.length, s1 === s2, s2 === s3, s1.slice(490), s1.lastIndexOf("z"));

function Rope(chunks) { this.chunks = chunks || []; this.length = this.chunks.reduce(function (n, c) { return n + c.length; }, 0); }
Rope.prototype.append = function (s) { return new Rope(this.chunks.concat([s])); };
Rope.prototype.charAt = function (i) {
  for (let k = 0; k < this.chunks.length; k++) {
    if (i < this.chunks[k].length) return this.chunks[k][i];
    i -= this.chunks[k].length;
  }
  return "";
};
Rope.prototype.toString = function () { return this.chunks.join(""); };
const r = new Rope().append("Hello, ").append("rope ").append("world");
console.log(String(r), r.length, r.charAt(7) + r.charAt(12) + r.charAt(16), JSON.stringify(r.charAt(99)));
