// In-memory file system with mkdir -p, write, read, ls, rm -r, du and tree
function FS() {
  this.root = { type: "dir", children: {} };
}

FS.prototype.split = function (path) {
  return path.split("/").filter(function (p) { return p !== "" && p !== "."; });
};

FS.prototype.walk = function (path, create) {
  let node = this.root;
  const parts = this.split(path);
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    if (node.type !== "dir") throw new Error("not a directory: " + parts.slice(0, i).join("/"));
    if (!node.children[p]) {
      if (!create) throw new Error("no such file or directory: " + path);
      node.children[p] = { type: "dir", children: {} };
    }
    node = node.children[p];
  }
  return node;
};

FS.prototype.mkdir = function (path) { this.walk(path, true); };

FS.prototype.write = function (path, content) {
  const parts = this.split(path);
  const name = parts.pop();
  const dir = this.walk(parts.join("/"), true);
  if (dir.type !== "dir") throw new Error("not a directory: " + parts.join("/"));
  if (dir.children[name] && dir.children[name].type === "dir") throw new Error("is a directory: " + path);
  dir.children[name] = { type: "file", content: content };
};

FS.prototype.read = function (path) {
  const n = this.walk(path, false);
  if (n.type !== "file") throw new Error("is a directory: " + path);
  return n.content;
};

FS.prototype.ls = function (path) {
  const n = this.walk(path, false);
  if (n.type === "file") return [this.split(path).pop()];
  return Object.keys(n.children).sort().map(function (k) {
    return n.children[k].type === "dir" ? k + "/" : k;
  });
};

FS.prototype.rm = function (path) {
  const parts = this.split(path);
  const name = parts.pop();
  const dir = this.walk(parts.join("/"), false);
  if (!dir.children[name]) throw new Error("no such file or directory: " + path);
  delete dir.children[name];
};

FS.prototype.du = function (node) {
  node = node || this.root;
  if (node.type === "file") return node.content.length;
  let total = 0;
  for (const k in node.children) total += this.du(node.children[k]);
  return total;
};

FS.prototype.tree = function () {
  const lines = [];
  function go(node, indent) {
    Object.keys(node.children).sort().forEach(function (k) {
      const c = node.children[k];
      lines.push(indent + k + (c.type === "dir" ? "/" : " (" + c.content.length + "b)"));
      if (c.type === "dir") go(c, indent + "  ");
    });
  }
  go(this.root, "");
  return lines.join("\n");
};

const fs = new FS();
fs.mkdir("/home/ann/docs");
fs.mkdir("/home/bob");
fs.write("/home/ann/docs/notes.txt", "buy milk\ncall bob");
fs.write("/home/ann/todo.md", "# todo\n- ship kiln");
fs.write("/home/bob/hello.js", "console.log('hi')");
fs.write("/etc/config.ini", "debug=false");
fs.write("/home/ann/docs/notes.txt", "buy milk\ncall bob\nwrite tests");
console.log(fs.tree());
console.log("ls /home/ann:", fs.ls("/home/ann"));
console.log("read notes:", JSON.stringify(fs.read("home/ann/docs/notes.txt")));
console.log("du /:", fs.du(), "du ann:", fs.du(fs.walk("/home/ann")));
const attempts = [
  function () { return fs.read("/home/ann/missing.txt"); },
  function () { return fs.read("/home/ann"); },
  function () { return fs.write("/home/ann/todo.md/x", "y"); },
  function () { return fs.rm("/nope"); },
];
attempts.forEach(function (f) {
  try { f(); } catch (e) { console.log("error:", e.message); }
});
fs.rm("/home/ann/docs");
console.log(fs.tree());
console.log("du after rm:", fs.du());
