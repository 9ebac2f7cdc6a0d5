// Word wrapping, full justification and centered text blocks
const text = "Kiln is an ahead-of-time compiler for JavaScript. It turns small " +
  "programs into native executables, trading some dynamism for fast startup and " +
  "predictable performance. Supercalifragilisticexpialidocious words are split if needed.";

function wrap(s, width) {
  const words = s.split(/\s+/);
  const lines = [];
  let line = "";
  words.forEach(function (w) {
    while (w.length > width) {
      if (line) { lines.push(line); line = ""; }
      lines.push(w.slice(0, width - 1) + "-");
      w = w.slice(width - 1);
    }
    if (line === "") line = w;
    else if (line.length + 1 + w.length <= width) line += " " + w;
    else { lines.push(line); line = w; }
  });
  if (line) lines.push(line);
  return lines;
}

function justify(lines, width) {
  return lines.map(function (line, idx) {
    const words = line.split(" ");
    if (idx === lines.length - 1 || words.length === 1) return line;
    const gaps = words.length - 1;
    const spaces = width - words.join("").length;
    const base = Math.floor(spaces / gaps);
    let extra = spaces % gaps;
    let out = "";
    words.forEach(function (w, i) {
      out += w;
      if (i < gaps) {
        out += " ".repeat(base + (extra > 0 ? 1 : 0));
        extra--;
      }
    });
    return out;
  });
}

function center(lines, width) {
  return lines.map(function (l) {
    const pad = width - l.length;
    return " ".repeat(Math.floor(pad / 2)) + l + " ".repeat(Math.ceil(pad / 2));
  });
}

function box(lines, width) {
  const out = ["+" + "-".repeat(width + 2) + "+"];
  lines.forEach(function (l) { out.push("| " + l.padEnd(width) + " |"); });
  out.push(out[0]);
  return out.join("\n");
}

[40, 28].forEach(function (w) {
  console.log("width " + w + " ragged:");
  console.log(box(wrap(text, w), w));
  console.log("width " + w + " justified:");
  console.log(box(justify(wrap(text, w), w), w));
});
console.log(box(center(["KILN", "ahead-of-time", "JavaScript compiler"], 23), 23));
const lens = wrap(text, 20).map(function (l) { return l.length; });
console.log("line lengths at 20:", lens.join(","), "max", Math.max.apply(null, lens));
