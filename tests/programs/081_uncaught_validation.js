// A config validator that reports problems and finally throws an uncaught error
const schema = {
  port: { type: "number", min: 1, max: 65535, required: true },
  host: { type: "string", required: true },
  workers: { type: "number", min: 1, max: 64 },
  mode: { type: "string", oneOf: ["dev", "prod", "test"] },
};

function validate(config) {
  const problems = [];
  Object.keys(schema).forEach(function (key) {
    const rule = schema[key];
    const v = config[key];
    if (v === undefined) {
      if (rule.required) problems.push(key + " is required");
      return;
    }
    if (typeof v !== rule.type) {
      problems.push(key + " should be " + rule.type + ", got " + typeof v);
      return;
    }
    if (rule.min !== undefined && v < rule.min) problems.push(key + " below " + rule.min);
    if (rule.max !== undefined && v > rule.max) problems.push(key + " above " + rule.max);
    if (rule.oneOf && rule.oneOf.indexOf(v) < 0) problems.push(key + " must be one of " + rule.oneOf.join("/"));
  });
  Object.keys(config).forEach(function (k) {
    if (!(k in schema)) problems.push("unknown key " + k);
  });
  return problems;
}

const configs = [
  { port: 8080, host: "localhost", workers: 4, mode: "dev" },
  { port: 0, host: "example.com", mode: "staging" },
  { host: 42, workers: 100, debug: true },
];

configs.forEach(function (c, i) {
  const p = validate(c);
  console.log("config " + i + ": " + (p.length ? p.length + " problem(s)" : "ok"));
  p.forEach(function (msg) { console.log("  - " + msg); });
});

function loadOrDie(config) {
  const p = validate(config);
  if (p.length) {
    const err = new TypeError("invalid configuration: " + p[0]);
    throw err;
  }
  return config;
}

console.log("loaded:", JSON.stringify(loadOrDie(configs[0])));
console.log("about to load a broken config");
loadOrDie(configs[2]);
console.log("this line is never printed");
