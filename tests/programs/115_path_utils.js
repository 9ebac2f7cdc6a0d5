// POSIX-style path utilities: normalize, join, relative, dirname, extname
function normalize(p) {
  const abs = p.charAt(0) === "/";
  const out = [];
  p.split("/").forEach(function (seg) {
    if (seg === "" || seg === ".") return;
    if (seg === "..") {
      if (out.length && out[out.length - 1] !== "..") out.pop();
      else if (!abs) out.push("..");
    } else out.push(seg);
  });
  let res = (abs ? "/" : "") + out.join("/");
  if (res === "") res = ".";
  if (p.length > 1 && p.charAt(p.length - 1) === "/" && res !== "/") res += "/";
  return res;
}

function join() {
  const parts = Array.prototype.filter.call(arguments, function (s) { return s !== ""; });
  return parts.length ? normalize(parts.join("/")) : ".";
}

function dirname(p) {
  if (normalize(p) === "/") return "/";
  const n = normalize(p).replace(/\/$/, "");
  const i = n.lastIndexOf("/");
  if (i < 0) return ".";
  return i === 0 ? "/" : n.slice(0, i);
}

function basename(p, ext) {
  const n = p.replace(/\/+$/, "");
  let b = n.slice(n.lastIndexOf("/") + 1);
  if (ext && b.endsWith(ext) && b !== ext) b = b.slice(0, -ext.length);
  return b;
}

function extname(p) {
  const b = basename(p);
  const i = b.lastIndexOf(".");
  return i <= 0 ? "" : b.slice(i);
}

function relative(from, to) {
  const a = normalize(from).split("/").filter(function (s) { return s !== ""; });
  const b = normalize(to).split("/").filter(function (s) { return s !== ""; });
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const ups = a.slice(i).map(function () { return ".."; });
  return ups.concat(b.slice(i)).join("/") || ".";
}

["/a/b/../c/./d", "a//b/../../..", "/../x", "./", "", "/usr/local/", "a/./b/./c/..", "../../a/../b"].forEach(function (p) {
  console.log(JSON.stringify(p).padEnd(18) + " -> " + normalize(p));
});
console.log(join("/srv", "www", "../logs", "app.log"), join("a", "", "b"), join(), join("..", "x"));
["/home/user/file.tar.gz", "/home/user/", "file", "/", ".bashrc", "dir/sub/x.js"].forEach(function (p) {
  console.log(p.padEnd(24) + " dir=" + dirname(p).padEnd(12) + " base=" + basename(p).padEnd(12) + " ext=" + JSON.stringify(extname(p)));
});
console.log(basename("/a/b/index.html", ".html"), basename("x.js", ".js"), basename(".js", ".js"));
console.log(relative("/data/orandea/test/aaa", "/data/orandea/impl/bbb"));
console.log(relative("/a/b", "/a/b/c/d"), relative("/a/b/c", "/a"), relative("/x", "/x"));
