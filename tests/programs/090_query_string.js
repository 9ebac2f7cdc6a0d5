// URL parsing and query string encoding/decoding without built-in URL classes
function parseUrl(url) {
  const m = /^(\w+):\/\/([^\/:?#]+)(?::(\d+))?(\/[^?#]*)?(?:\?([^#]*))?(?:#(.*))?$/.exec(url);
  if (!m) throw new SyntaxError("not a URL: " + url);
  return {
    scheme: m[1],
    host: m[2],
    port: m[3] ? parseInt(m[3], 10) : (m[1] === "https" ? 443 : 80),
    path: m[4] || "/",
    query: parseQuery(m[5] || ""),
    fragment: m[6] || null,
  };
}

function decode(s) {
  return s.replace(/\+/g, " ").replace(/%([0-9a-fA-F]{2})/g, function (m, h) {
    return String.fromCharCode(parseInt(h, 16));
  });
}

function encode(s) {
  return String(s).replace(/[^A-Za-z0-9\-_.~]/g, function (c) {
    if (c === " ") return "+";
    return "%" + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0");
  });
}

function parseQuery(q) {
  const out = {};
  if (!q) return out;
  q.split("&").forEach(function (pair) {
    if (!pair) return;
    const eq = pair.indexOf("=");
    const k = decode(eq < 0 ? pair : pair.slice(0, eq));
    const v = eq < 0 ? "" : decode(pair.slice(eq + 1));
    if (k.slice(-2) === "[]") {
      const base = k.slice(0, -2);
      (out[base] = out[base] || []).push(v);
    } else if (out.hasOwnProperty(k)) {
      out[k] = [].concat(out[k], v);
    } else {
      out[k] = v;
    }
  });
  return out;
}

function stringifyQuery(obj) {
  return Object.keys(obj).map(function (k) {
    const v = obj[k];
    if (Array.isArray(v)) return v.map(function (x) { return encode(k) + "=" + encode(x); }).join("&");
    return encode(k) + "=" + encode(v);
  }).join("&");
}

const urls = [
  "https://example.com/search?q=kiln+compiler&page=2&lang=en#results",
  "http://localhost:8080/api/v1/items?tag[]=a&tag[]=b&tag[]=c&sort=",
  "ftp://files.example.org",
  "https://x.io/p?name=Mary%20Ann%2C%20Jr.&email=a%40b.c&flag&dup=1&dup=2",
  "not a url",
];
urls.forEach(function (u) {
  try {
    const p = parseUrl(u);
    console.log(p.scheme + " " + p.host + ":" + p.port + " " + p.path + " #" + p.fragment);
    console.log("  query:", JSON.stringify(p.query));
  } catch (e) {
    console.log(e.name + ": " + e.message);
  }
});
const q = { search: "a & b = c", list: [1, 2], emoji: "100%", plain: "ok" };
const s = stringifyQuery(q);
console.log(s);
console.log(JSON.stringify(parseQuery(s)));
