// Configuration loader: parses several JSON documents, the last one is corrupt and not caught
const documents = [
  '{"service": "api", "replicas": 3, "ports": [80, 443]}',
  '{"service": "worker", "replicas": 5, "queue": "jobs"}',
  '{"service": "cron", "replicas": 1, "schedule": "*/5 * * * *"}',
];

function load(doc) {
  const cfg = JSON.parse(doc);
  if (typeof cfg.service !== "string") throw new TypeError("service name missing");
  cfg.replicas = cfg.replicas || 1;
  return cfg;
}

let totalReplicas = 0;
const services = [];
documents.forEach(function (d) {
  const c = load(d);
  totalReplicas += c.replicas;
  services.push(c.service);
  const extras = Object.keys(c).filter(function (k) { return k !== "service" && k !== "replicas"; });
  console.log("loaded " + c.service + " x" + c.replicas + (extras.length ? " (" + extras.join(", ") + ")" : ""));
});
console.log("services: " + services.join(", ") + "; total replicas " + totalReplicas);

try {
  load('{"replicas": 2}');
} catch (e) {
  console.log("skipped invalid config: " + e.message);
}

console.log("loading the override file");
const override = load('{"service": "api", "replicas": 4,, }');
console.log("override applied", override.replicas);
