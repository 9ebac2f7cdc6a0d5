// Property descriptors, Object.freeze and non-enumerable properties
const settings = { theme: "dark", fontSize: 14 };
Object.defineProperty(settings, "version", {
  value: "1.2.0",
  writable: false,
  enumerable: false,
  configurable: false,
});
console.log(Object.keys(settings).join(","), settings.version);
settings.version = "9.9.9";
console.log("version after write:", settings.version);
for (const k in settings) console.log("enumerable:", k);
console.log(JSON.stringify(settings));
console.log(Object.getOwnPropertyNames(settings).join(","));

const frozen = Object.freeze({ a: 1, nested: { b: 2 } });
frozen.a = 100;
frozen.c = 3;
delete frozen.a;
frozen.nested.b = 200;
console.log(frozen.a, frozen.c, frozen.nested.b, Object.keys(frozen).join(","));

function strictWrite() {
  "use strict";
  const obj = Object.freeze({ x: 1 });
  try {
    obj.x = 2;
    return "no error";
  } catch (e) {
    return e.name;
  }
}
console.log("strict write to frozen:", strictWrite());

function deepFreeze(o) {
  Object.getOwnPropertyNames(o).forEach(function (name) {
    const v = o[name];
    if (v && typeof v === "object") deepFreeze(v);
  });
  return Object.freeze(o);
}
const constants = deepFreeze({ physics: { c: 299792458, g: 9.81 }, list: [1, 2, 3] });
constants.physics.g = 10;
try {
  constants.list.push(4);
} catch (e) {
  console.log("push on frozen array:", e.name);
}
console.log(constants.physics.g, constants.list.length);

const point = {};
Object.defineProperty(point, "x", { value: 5, enumerable: true });
Object.defineProperty(point, "y", { value: 7, enumerable: true, writable: true });
point.x = 50;
point.y = 70;
console.log(point, Object.keys(point));

const hidden = {};
Object.defineProperty(hidden, "secret", { value: 42, configurable: true });
hidden.visible = 1;
console.log(hidden.secret, Object.keys(hidden), delete hidden.secret, hidden.secret);
const assigned = Object.assign({}, { a: 1, b: 2 }, null, { b: 3, c: 4 });
console.log(assigned, Object.values(assigned), Object.entries(assigned));
