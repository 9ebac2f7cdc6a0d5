// A hand-written JSON parser with error positions, compared against JSON.parse
function parseJSON(text) {
  let i = 0;
  function fail(msg) { throw new SyntaxError(msg + " at position " + i); }
  function ws() { while (i < text.length && " \t\n\r".indexOf(text[i]) >= 0) i++; }
  function value() {
    ws();
    const c = text[i];
    if (c === "{") return object();
    if (c === "[") return array();
    if (c === '"') return string();
    if (c === "-" || (c >= "0" && c <= "9")) return number();
    if (text.startsWith("true", i)) { i += 4; return true; }
    if (text.startsWith("false", i)) { i += 5; return false; }
    if (text.startsWith("null", i)) { i += 4; return null; }
    fail("unexpected " + (c === undefined ? "end of input" : "'" + c + "'"));
  }
  function object() {
    const o = {};
    i++;
    ws();
    if (text[i] === "}") { i++; return o; }
    while (true) {
      ws();
      if (text[i] !== '"') fail("expected string key");
      const k = string();
      ws();
      if (text[i] !== ":") fail("expected ':'");
      i++;
      o[k] = value();
      ws();
      if (text[i] === ",") { i++; continue; }
      if (text[i] === "}") { i++; return o; }
      fail("expected ',' or '}'");
    }
  }
  function array() {
    const a = [];
    i++;
    ws();
    if (text[i] === "]") { i++; return a; }
    while (true) {
      a.push(value());
      ws();
      if (text[i] === ",") { i++; continue; }
      if (text[i] === "]") { i++; return a; }
      fail("expected ',' or ']'");
    }
  }
  function string() {
    i++;
    let s = "";
    while (text[i] !== '"') {
      if (i >= text.length) fail("unterminated string");
      if (text[i] === "\\") {
        i++;
        const e = text[i];
        const map = { n: "\n", t: "\t", r: "\r", b: "\b", f: "\f", '"': '"', "\\": "\\", "/": "/" };
        if (e === "u") { s += String.fromCharCode(parseInt(text.substr(i + 1, 4), 16)); i += 4; }
        else if (e in map) s += map[e];
        else fail("bad escape");
        i++;
      } else s += text[i++];
    }
    i++;
    return s;
  }
  function number() {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
    if (!m) fail("bad number");
    i += m[0].length;
    return parseFloat(m[0]);
  }
  const v = value();
  ws();
  if (i < text.length) fail("trailing characters");
  return v;
}

const inputs = [
  '{"name": "kiln", "tags": ["a", "b"], "n": -1.5e2, "ok": true, "none": null}',
  '[1, [2, [3, [4]]], {"deep": {"er": []}}]',
  '"escapes: \\n \\t \\" \\\\ \\u0041\\u00e9"',
  '  42  ',
  '{"a": 1,}',
  '[1 2]',
  '{"a" 1}',
  '"unterminated',
  'tru',
  '01',
];
inputs.forEach(function (s) {
  let mine, builtin;
  try { mine = JSON.stringify(parseJSON(s)); } catch (e) { mine = e.name + ": " + e.message; }
  try { builtin = JSON.stringify(JSON.parse(s)); } catch (e) { builtin = "error"; }
  console.log(mine);
  console.log("  builtin agrees: " + (mine === builtin || (builtin === "error" && mine.indexOf("SyntaxError") === 0)));
});
