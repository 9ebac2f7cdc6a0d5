// Built-in error types, custom errors via prototypes, and error properties
function ValidationError(field, message) {
  this.name = "ValidationError";
  this.field = field;
  this.message = message;
}
ValidationError.prototype = Object.create(Error.prototype);
ValidationError.prototype.constructor = ValidationError;

function validateUser(u) {
  if (typeof u !== "object" || u === null) throw new TypeError("user must be an object");
  if (!u.name) throw new ValidationError("name", "name is required");
  if (u.age < 0 || u.age > 150) throw new RangeError("age out of range: " + u.age);
  if (!/^\S+@\S+$/.test(u.email)) throw new ValidationError("email", "invalid email " + JSON.stringify(u.email));
  return "valid " + u.name;
}

const inputs = [
  { name: "Ann", age: 30, email: "ann@x.org" },
  { age: 30, email: "x@y" },
  { name: "Old", age: 200, email: "o@l.d" },
  { name: "Bad", age: 20, email: "nope" },
  null,
  "string",
];
inputs.forEach(function (u) {
  try {
    console.log(validateUser(u));
  } catch (e) {
    const kind = e instanceof ValidationError ? "validation(" + e.field + ")" :
      e instanceof RangeError ? "range" : e instanceof TypeError ? "type" : "other";
    console.log(kind + " -> " + e.name + ": " + e.message + " | is Error: " + (e instanceof Error));
  }
});

const samples = [
  function () { null.foo; },
  function () { undefinedVariable + 1; },
  function () { (void 0)(); },
  function () { new Array(-1); },
  function () { JSON.parse("{"); },
  function () { "abc".repeat(-1); },
  function () { throw new Error("plain"); },
  function () { throw "a string"; },
  function () { throw 42; },
  function () { throw { code: 7 }; },
];
samples.forEach(function (f, i) {
  try {
    f();
  } catch (e) {
    if (e instanceof Error) console.log(i + ": " + e.name + (e instanceof SyntaxError ? " (syntax)" : ""));
    else console.log(i + ": non-error thrown: " + typeof e + " " + JSON.stringify(e));
  }
});

const err = new Error("boom");
console.log(err.name, err.message, String(err), err.toString());
const te = new TypeError("bad type");
console.log(String(te), te instanceof Error, Object.prototype.toString.call(te));
const custom = new ValidationError("zip", "too short");
console.log(String(custom), custom.field);
console.log(new RangeError().message === "", new SyntaxError("x").name);
