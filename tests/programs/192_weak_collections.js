// WeakMap/WeakSet/WeakRef: private data per object, visited-sets for
// cyclic graphs, caches keyed by objects, and their errors.
"use strict";

// Private state kept outside the objects.
const secrets = new WeakMap();
class Account {
  constructor(owner, balance) { this.owner = owner; secrets.set(this, { balance, log: [] }); }
  deposit(n) { const s = secrets.get(this); s.balance += n; s.log.push(`+${n}`); return this; }
  get balance() { return secrets.get(this).balance; }
  history() { return secrets.get(this).log.join(' '); }
}
const acc = new Account('ana', 10).deposit(5).deposit(7);
console.log(acc.owner, acc.balance, acc.history(), JSON.stringify(acc), Object.keys(acc));

// Cycle-safe deep walk with a WeakSet of visited nodes.
function countNodes(root) {
  const seen = new WeakSet();
  let n = 0;
  (function walk(node) {
    if (node === null || typeof node !== 'object' || seen.has(node)) return;
    seen.add(node);
    n++;
    for (const v of Object.values(node)) walk(v);
  })(root);
  return n;
}
const a = { name: 'a' }, b = { name: 'b', a }, c = { name: 'c', b };
a.c = c;
a.list = [a, b, c];
console.log('nodes', countNodes(a));

// A memo cache keyed by argument objects.
const cache = new WeakMap();
let computed = 0;
function area(shape) {
  if (!cache.has(shape)) { computed++; cache.set(shape, shape.w * shape.h); }
  return cache.get(shape);
}
const shapes = Array.from({ length: 5 }, (_, i) => ({ w: i + 1, h: 2 }));
let total = 0;
for (let round = 0; round < 3; round++) for (const s of shapes) total += area(s);
console.log('total', total, 'computed', computed);

// Many short-lived keys: nothing else keeps them.
const scratch = new WeakMap();
for (let i = 0; i < 20000; i++) scratch.set({ i }, new Array(10).fill(i));
console.log('scratch done');

// Symbols can be weak keys; primitives cannot.
const tag = Symbol('tag');
scratch.set(tag, 'symbol key');
console.log(scratch.get(tag), scratch.has(tag), scratch.delete(tag), scratch.has(tag));
for (const bad of [1, 'str', null, undefined, true]) {
  try { new WeakMap().set(bad, 1); } catch (e) { console.log(e.constructor.name, e.message); }
}
try { new WeakSet().add(42); } catch (e) { console.log(e.constructor.name, e.message); }
try { WeakMap(); } catch (e) { console.log(e.constructor.name, e.message); }

// A WeakRef to a live object.
const target = { id: 7 };
const ref = new WeakRef(target);
console.log(ref.deref() === target, ref.deref().id);
console.log(new WeakMap([[a, 1]]), new WeakSet([a]), Object.prototype.toString.call(ref), String(secrets));

// Registered symbols (Symbol.for) are shared by key and cannot be weak keys.
const shared = Symbol.for('app.cache'), local = Symbol('app.cache');
console.log(shared === Symbol.for('app.cache'), Symbol.keyFor(shared), Symbol.keyFor(local));
try { new WeakSet().add(shared); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(new WeakSet().add(local).has(local));
