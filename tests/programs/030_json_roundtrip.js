// JSON serialization and parsing of nested data
const config = {
  name: "kiln-demo",
  version: 3,
  enabled: true,
  ratio: 0.75,
  tags: ["fast", "small", "safe"],
  limits: { cpu: 2, memory: 512, disk: null },
  servers: [
    { host: "alpha", port: 8080, weight: 1.5 },
    { host: "beta", port: 8081, weight: 0.5 },
  ],
  note: 'quotes " and backslash \\ and\nnewline',
};

const text = JSON.stringify(config);
console.log(text);
console.log("length:", text.length);
const back = JSON.parse(text);
console.log(back.servers[1].host, back.limits.disk, back.tags.length, back.note.split("\n")[1]);
console.log(JSON.stringify(back) === text);

console.log(JSON.stringify([1, "two", true, null, undefined, function () {}]));
console.log(JSON.stringify({ a: undefined, b: function () {}, c: 3 }));
console.log(JSON.stringify("tab\there"));
console.log(JSON.stringify(NaN), JSON.stringify(Infinity), JSON.stringify(-1.5e3));
console.log(JSON.stringify({}), JSON.stringify([]), JSON.stringify([[]]));

const parsed = JSON.parse('{"x": [1, 2, {"y": "z"}], "n": -12.5e1, "u": "\\u0041BC", "t": true}');
console.log(parsed.x[2].y, parsed.n, parsed.u, parsed.t === true);
console.log(parsed);

const bad = ["{bad json}", "[1, 2,]", "", '{"a":1}x'];
bad.forEach(function (s) {
  try {
    JSON.parse(s);
    console.log("parsed ok:", s);
  } catch (e) {
    console.log("SyntaxError?", e instanceof SyntaxError, "for", JSON.stringify(s));
  }
});

// deep clone via JSON and independence check
const clone = JSON.parse(JSON.stringify(config));
clone.servers[0].port = 9999;
console.log(config.servers[0].port, clone.servers[0].port);
