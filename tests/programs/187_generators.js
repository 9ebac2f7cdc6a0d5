// Generators: lazy pipelines, the iterator protocol in both directions,
// return()/throw() through finally, yield* delegation, generator methods.
"use strict";

function* range(start, end, step = 1) {
  for (let i = start; i < end; i += step) yield i;
}
function* map(it, f) { for (const x of it) yield f(x); }
function* filter(it, p) { for (const x of it) if (p(x)) yield x; }
function* take(it, n) {
  if (n <= 0) return;
  for (const x of it) { yield x; if (--n === 0) return; }
}
function* naturals() { let n = 0; for (;;) yield n++; }

const squaresOfOdds = take(map(filter(naturals(), (n) => n % 2), (n) => n * n), 6);
console.log([...squaresOfOdds]);
console.log(Array.from(range(0, 20, 7)), [...range(3, 3)]);

// A tree walked in order by recursive delegation.
class Tree {
  constructor(value, left = null, right = null) { this.value = value; this.left = left; this.right = right; }
  *[Symbol.iterator]() {
    if (this.left) yield* this.left;
    yield this.value;
    if (this.right) yield* this.right;
  }
}
const t = new Tree(4, new Tree(2, new Tree(1), new Tree(3)), new Tree(6, new Tree(5), new Tree(7)));
console.log([...t].join(' '), Math.max(...t));

// Two-way communication: a running average that receives values.
function* averager() {
  let total = 0, count = 0, avg;
  for (;;) {
    const v = yield avg;
    if (typeof v !== 'number') throw new TypeError('not a number: ' + v);
    total += v; count++; avg = total / count;
  }
}
const avg = averager();
avg.next();
console.log(avg.next(10).value, avg.next(20).value, avg.next(60).value);
try { avg.next('x'); } catch (e) { console.log(e.name, e.message); }
console.log(avg.next(1));

// return() and throw() run finally blocks; a finally can yield again.
const log = [];
function* guarded() {
  try {
    log.push('start');
    yield 1;
    yield 2;
  } finally {
    log.push('cleanup');
    yield 'from finally';
    log.push('after finally yield');
  }
  log.push('unreachable');
}
let g = guarded();
console.log(g.next(), g.return('early'), g.next(), g.next());
console.log(log.join(','));
g = guarded();
g.next();
console.log(g.throw(new RangeError('stop')));
try { g.next(); } catch (e) { console.log('rethrown after finally:', e.message, log.slice(-2)); }
g = guarded();
console.log(g.return('before start'), g.next(), log.length);

// yield* forwards next/throw/return to a hand-written iterator.
const calls = [];
const inner = {
  [Symbol.iterator]() { return this; },
  i: 0,
  next(v) { calls.push('next:' + v); return { value: this.i++, done: this.i > 3 }; },
  throw(e) { calls.push('throw:' + e); return { value: 'handled', done: false }; },
  return(v) { calls.push('return:' + v); return { value: v, done: true }; },
};
function* outer() { const r = yield* inner; calls.push('result:' + r); return r; }
let o = outer();
console.log(o.next('a'), o.next('b'), o.throw('oops'), o.return('bye'), o.next());
console.log(calls.join(' '));

// Generator objects and functions as the spec shapes them.
function* gen() { yield this === undefined; }
const GeneratorFunction = Object.getPrototypeOf(gen);
const GeneratorPrototype = Object.getPrototypeOf(gen.prototype);
console.log(Object.prototype.toString.call(gen()), String(GeneratorFunction[Symbol.toStringTag]));
console.log(gen().next().value, typeof GeneratorPrototype.next, Object.getPrototypeOf(gen()) === gen.prototype);
console.log(Object.getOwnPropertyNames(gen).sort().join(), gen.hasOwnProperty('caller'));
try { new gen(); } catch (e) { console.log(e.constructor.name); }
const it = gen();
console.log(it[Symbol.iterator]() === it);
try { GeneratorPrototype.next.call({}); } catch (e) { console.log(e.constructor.name); }
function* selfResume() { try { me.next(); } catch (e) { yield e.message; } }
const me = selfResume();
console.log(me.next().value);

// Parameters are evaluated at the call; the body on the first next().
let order = [];
function* lazy(a = order.push('param')) { order.push('body'); yield a; }
const lz = lazy();
order.push('created');
lz.next();
console.log(order.join(' > '));
function* bad(x = null.boom) {}
try { bad(); } catch (e) { console.log('at call:', e.constructor.name); }

// Many live generators, and an error thrown from inside a generator body.
const pool = Array.from({ length: 500 }, (_, i) => range(i, i + 3));
let s = 0;
for (let round = 0; round < 3; round++) for (const p of pool) s += p.next().value;
console.log(s);
function* failing() { yield 1; throw new SyntaxError('bad input'); }
const f = failing();
f.next();
try { f.next(); } catch (e) { console.log(e.name, e.stack.split('\n')[1].trim().split(' ')[1]); }
console.log(f.next());
