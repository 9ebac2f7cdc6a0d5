// Object literal getters and setters, plus defineProperty accessors
const temperature = {
  _celsius: 20,
  get celsius() { return this._celsius; },
  set celsius(v) {
    if (typeof v !== "number") throw new TypeError("temperature must be a number");
    this._celsius = v;
  },
  get fahrenheit() { return this._celsius * 9 / 5 + 32; },
  set fahrenheit(f) { this._celsius = (f - 32) * 5 / 9; },
  get kelvin() { return this._celsius + 273.15; },
};

console.log(temperature.celsius, temperature.fahrenheit, temperature.kelvin);
temperature.fahrenheit = 212;
console.log(temperature.celsius, temperature.fahrenheit);
temperature.celsius = -40;
console.log(temperature.celsius, temperature.fahrenheit);
try {
  temperature.celsius = "hot";
} catch (e) {
  console.log(e.name + ": " + e.message);
}

function makeRect(w, h) {
  const changes = [];
  const rect = {
    get width() { return w; },
    set width(v) { changes.push("width " + w + "->" + v); w = v; },
    get height() { return h; },
    set height(v) { changes.push("height " + h + "->" + v); h = v; },
    get area() { return w * h; },
    get changes() { return changes.slice(); },
  };
  return rect;
}
const r = makeRect(3, 4);
console.log("area", r.area);
r.width = 10;
r.height += 1;
console.log("area", r.area, r.changes);
r.area = 1000;
console.log("area after ignored set", r.area);

const counter = {};
let reads = 0;
Object.defineProperty(counter, "value", {
  get: function () { reads++; return reads * 10; },
  enumerable: false,
  configurable: true,
});
console.log(counter.value, counter.value, counter.value, "reads=" + reads);
console.log(Object.keys(counter), JSON.stringify(counter));

const person = {
  first: "Grace",
  last: "Hopper",
  get full() { return this.first + " " + this.last; },
  set full(v) {
    const parts = v.split(" ");
    this.first = parts[0];
    this.last = parts.slice(1).join(" ");
  },
};
console.log(person.full);
person.full = "Ada King Lovelace";
console.log(person.first, "|", person.last, "|", person.full);
console.log(JSON.stringify(person));
console.log(Object.keys(person).join(","), "full" in person, person.hasOwnProperty("full"));
