// A minimal Markdown to HTML converter (headings, lists, emphasis, code, links)
function inline(text) {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/`([^`]+)`/g, "<code>$1</code>")
    .replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>")
    .replace(/\*([^*]+)\*/g, "<em>$1</em>")
    .replace(/\[([^\]]+)\]\(([^)]+)\)/g, '<a href="$2">$1</a>');
}

function convert(md) {
  const lines = md.split("\n");
  const out = [];
  let listType = null;
  let para = [];
  let inCode = false;

  function flushPara() {
    if (para.length) {
      out.push("<p>" + inline(para.join(" ")) + "</p>");
      para = [];
    }
  }
  function closeList() {
    if (listType) {
      out.push("</" + listType + ">");
      listType = null;
    }
  }

  lines.forEach(function (line) {
    if (line.startsWith("```")) {
      flushPara();
      closeList();
      out.push(inCode ? "</pre>" : "<pre>");
      inCode = !inCode;
      return;
    }
    if (inCode) {
      out.push(line.replace(/</g, "&lt;"));
      return;
    }
    let m;
    if ((m = /^(#{1,6})\s+(.*)$/.exec(line))) {
      flushPara();
      closeList();
      const level = m[1].length;
      out.push("<h" + level + ">" + inline(m[2]) + "</h" + level + ">");
    } else if ((m = /^\s*[-*]\s+(.*)$/.exec(line)) || (m = /^\s*\d+\.\s+(.*)$/.exec(line))) {
      flushPara();
      const type = /^\s*\d/.test(line) ? "ol" : "ul";
      if (listType !== type) {
        closeList();
        out.push("<" + type + ">");
        listType = type;
      }
      out.push("  <li>" + inline(m[1]) + "</li>");
    } else if (line.trim() === "") {
      flushPara();
      closeList();
    } else if (/^---+$/.test(line)) {
      flushPara();
      closeList();
      out.push("<hr>");
    } else {
      closeList();
      para.push(line.trim());
    }
  });
  flushPara();
  closeList();
  return out.join("\n");
}

const doc = [
  "# Kiln *Guide*",
  "",
  "Kiln compiles **JavaScript** ahead of time.",
  "It is written in `Rust` & runs fast.",
  "",
  "## Features",
  "- small binaries",
  "- *fast* startup",
  "- see [docs](https://example.com/docs)",
  "1. install",
  "2. compile `app.js`",
  "---",
  "```",
  "let x = a < b;",
  "```",
  "Done.",
].join("\n");
console.log(convert(doc));
