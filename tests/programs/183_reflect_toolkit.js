// Reflect (28.1): the object internal methods as functions, in a small
// object toolkit: key listing, guarded writes, construction and apply.
const o = { a: 1 };
console.log(Reflect.ownKeys({ b: 2, [Symbol('s')]: 1, 1: 0 }), Reflect.has(o, 'a'), Reflect.get(o, 'a'));
console.log(Reflect.set(Object.freeze({ x: 1 }), 'x', 2), Reflect.defineProperty(o, 'z', { value: 3 }), Object.getOwnPropertyDescriptor(o, 'z'));
function P(a, b) { this.s = a + b; }
console.log(Reflect.construct(P, [1, 2]), Reflect.apply(Math.max, null, [1, 5, 3]), Reflect.getPrototypeOf([]) === Array.prototype);
console.log(Reflect.setPrototypeOf(Object.preventExtensions({}), null), String(Reflect));
try { Reflect.get(1, 'a'); } catch (e) { console.log(e.constructor.name, e.message); }
function pick(obj, keys) {
  const out = {};
  for (const k of Reflect.ownKeys(obj)) if (keys.includes(k)) Reflect.defineProperty(out, k, { value: obj[k], enumerable: true });
  return out;
}
console.log(pick({ id: 7, name: 'kiln', secret: 'x' }, ['id', 'name']));
const log = [];
const target = { count: 0 };
for (const op of ['count', 'missing']) log.push(`${op}:${Reflect.has(target, op)}:${Reflect.deleteProperty(target, op)}`);
console.log(log.join(' '), Reflect.isExtensible(target), Reflect.preventExtensions(target), Reflect.isExtensible(target));
console.log(Reflect.getOwnPropertyDescriptor({ get g() { return 1; } }, 'g'));
