// INI file parser with sections, comments, types and interpolation
const ini = [
  "; global settings",
  "name = Kiln Server",
  "debug = false",
  "",
  "[network]",
  "host = 0.0.0.0",
  "port = 8080",
  "timeout = 2.5",
  "url = http://${network.host}:${network.port}/api",
  "",
  "[paths]",
  "root = /srv/kiln",
  "logs = ${paths.root}/logs   # trailing comment",
  "cache = ${paths.root}/cache",
  "",
  "[features]",
  "enabled = alpha, beta, gamma",
  "quoted = \"  keep spaces  \"",
  "broken line without equals",
  "[empty]",
].join("\n");

function coerce(v) {
  if (/^".*"$/.test(v)) return v.slice(1, -1);
  if (v === "true") return true;
  if (v === "false") return false;
  if (/^-?\d+(\.\d+)?$/.test(v)) return parseFloat(v);
  if (v.indexOf(",") >= 0) return v.split(",").map(function (s) { return s.trim(); });
  return v;
}

function parseIni(text) {
  const result = {};
  const errors = [];
  let section = result;
  let sectionName = "";
  text.split("\n").forEach(function (raw, i) {
    const line = raw.replace(/\s+[;#].*$/, "").trim();
    if (line === "" || line[0] === ";" || line[0] === "#") return;
    const sec = /^\[([\w.-]+)\]$/.exec(line);
    if (sec) {
      sectionName = sec[1];
      section = result[sectionName] = {};
      return;
    }
    const eq = line.indexOf("=");
    if (eq < 0) {
      errors.push("line " + (i + 1) + ": expected key = value");
      return;
    }
    section[line.slice(0, eq).trim()] = line.slice(eq + 1).trim();
  });

  function resolve(path, depth) {
    if (depth > 5) throw new Error("interpolation too deep at " + path);
    const parts = path.split(".");
    let v = parts.length === 1 ? result[parts[0]] : (result[parts[0]] || {})[parts[1]];
    if (typeof v !== "string") return v === undefined ? "" : String(v);
    return v.replace(/\$\{([\w.]+)\}/g, function (m, p) { return resolve(p, depth + 1); });
  }

  Object.keys(result).forEach(function (k) {
    const v = result[k];
    if (typeof v === "object") {
      Object.keys(v).forEach(function (kk) { v[kk] = coerce(resolve(k + "." + kk, 0)); });
    } else {
      result[k] = coerce(resolve(k, 0));
    }
  });
  return { data: result, errors: errors };
}

const parsed = parseIni(ini);
console.log(JSON.stringify(parsed.data, null, 2));
console.log("errors:", parsed.errors);
console.log(typeof parsed.data.network.port, typeof parsed.data.debug, Array.isArray(parsed.data.features.enabled));
console.log("[" + parsed.data.features.quoted + "]");
