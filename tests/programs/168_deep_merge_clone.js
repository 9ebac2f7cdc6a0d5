// Deep clone, deep merge, path get/set and object diffing utilities
function isObject(v) { return v !== null && typeof v === "object" && !Array.isArray(v); }

function deepClone(v) {
  if (Array.isArray(v)) return v.map(deepClone);
  if (isObject(v)) {
    const out = {};
    Object.keys(v).forEach(function (k) { out[k] = deepClone(v[k]); });
    return out;
  }
  return v;
}

function deepMerge(target, source) {
  const out = deepClone(target);
  Object.keys(source).forEach(function (k) {
    if (isObject(out[k]) && isObject(source[k])) out[k] = deepMerge(out[k], source[k]);
    else out[k] = deepClone(source[k]);
  });
  return out;
}

function getPath(obj, path, fallback) {
  const parts = path.replace(/\[(\d+)\]/g, ".$1").split(".");
  let cur = obj;
  for (let i = 0; i < parts.length; i++) {
    if (cur === null || cur === undefined || !(parts[i] in Object(cur))) return fallback;
    cur = cur[parts[i]];
  }
  return cur;
}

function setPath(obj, path, value) {
  const parts = path.replace(/\[(\d+)\]/g, ".$1").split(".");
  let cur = obj;
  for (let i = 0; i < parts.length - 1; i++) {
    const k = parts[i];
    if (cur[k] === undefined) cur[k] = /^\d+$/.test(parts[i + 1]) ? [] : {};
    cur = cur[k];
  }
  cur[parts[parts.length - 1]] = value;
  return obj;
}

function diff(a, b, prefix, out) {
  prefix = prefix || "";
  out = out || [];
  const keys = Object.keys(a).concat(Object.keys(b).filter(function (k) { return !(k in a); }));
  keys.forEach(function (k) {
    const p = prefix ? prefix + "." + k : k;
    if (!(k in b)) out.push("- " + p);
    else if (!(k in a)) out.push("+ " + p + " = " + JSON.stringify(b[k]));
    else if ((isObject(a[k]) && isObject(b[k])) || (Array.isArray(a[k]) && Array.isArray(b[k]))) diff(a[k], b[k], p, out);
    else if (a[k] !== b[k]) out.push("~ " + p + ": " + JSON.stringify(a[k]) + " -> " + JSON.stringify(b[k]));
  });
  return out;
}

const defaults = { server: { host: "localhost", port: 80, tls: { enabled: false } }, features: ["a"], debug: false };
const overrides = { server: { port: 8443, tls: { enabled: true, cert: "/etc/cert.pem" } }, features: ["b", "c"], name: "prod" };
const merged = deepMerge(defaults, overrides);
console.log(JSON.stringify(merged));
console.log("defaults untouched:", JSON.stringify(defaults));

const copy = deepClone(merged);
copy.server.tls.enabled = false;
copy.features.push("d");
console.log("clone independent:", merged.server.tls.enabled, merged.features.length, copy.features.length);

console.log(getPath(merged, "server.tls.cert"), getPath(merged, "features[1]"), getPath(merged, "server.nope.deeper", "fallback"), getPath(merged, "debug"));
const built = {};
setPath(built, "a.b[0].c", 1);
setPath(built, "a.b[1]", "x");
setPath(built, "z", null);
console.log(JSON.stringify(built));
diff(defaults, merged).forEach(function (l) { console.log(l); });
