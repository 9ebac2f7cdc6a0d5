// Promises, async functions and the event loop: job ordering, error
// propagation, combinators, timers, async iteration by hand.
"use strict";

const log = (...a) => console.log(...a);
const delay = (ms, value) => new Promise((resolve) => setTimeout(resolve, ms, value));

// 1. Ordering of synchronous code, microtasks and macrotasks.
log('sync 1');
setTimeout(() => log('timeout (macrotask)'), 0);
Promise.resolve().then(() => log('promise job 1')).then(() => log('promise job 3'));
queueMicrotask(() => log('microtask 2'));
(async () => { log('async body runs synchronously'); await undefined; log('after await (job)'); })();
log('sync 2');

// 2. A small task queue with retries and a concurrency limit.
async function withRetry(task, attempts) {
  for (let i = 1; ; i++) {
    try {
      return await task(i);
    } catch (e) {
      if (i >= attempts) throw new Error(`gave up after ${i} attempts: ${e.message}`, { cause: e });
      log(`  attempt ${i} failed (${e.message}), retrying`);
    }
  }
}
async function pool(tasks, limit) {
  const results = new Array(tasks.length);
  let next = 0;
  async function worker(id) {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]();
      log(`  worker ${id} finished task ${i}`);
    }
  }
  await Promise.all(Array.from({ length: limit }, (_, id) => worker(id)));
  return results;
}

async function main() {
  log('--- retry');
  let calls = 0;
  const flaky = async (attempt) => { calls++; if (attempt < 3) throw new Error('flaky ' + attempt); return 'ok on ' + attempt; };
  log(await withRetry(flaky, 5), 'calls:', calls);
  try { await withRetry(async () => { throw new TypeError('always'); }, 2); }
  catch (e) { log(e.message, '| cause:', e.cause.constructor.name); }

  log('--- pool');
  const tasks = [100, 10, 30, 10].map((ms, i) => () => delay(ms, `t${i}(${ms}ms)`));
  log(await pool(tasks, 2));

  log('--- combinators');
  log(await Promise.all([1, Promise.resolve(2), delay(5, 3)]));
  const settled = await Promise.allSettled([delay(1, 'a'), Promise.reject(new RangeError('b')), 'c']);
  log(settled.map((r) => (r.status === 'fulfilled' ? r : { status: r.status, reason: `${r.reason.name}: ${r.reason.message}` })));
  log(await Promise.race([delay(40, 'slow'), delay(2, 'fast')]));
  log(await Promise.any([Promise.reject(1), delay(3, 'first fulfilled'), Promise.reject(2)]));
  try { await Promise.any([Promise.reject(new Error('x')), Promise.reject(new Error('y'))]); }
  catch (e) { log(e.name, e.message, e.errors.map((x) => x.message)); }
  try { await Promise.all([delay(1), Promise.reject(new SyntaxError('fails fast'))]); }
  catch (e) { log('all rejected with', e.name); }

  log('--- thenables and chaining');
  const thenable = { then(resolve) { log('  then() called'); resolve(42); } };
  log(await thenable, await Promise.resolve(thenable));
  const chained = await Promise.resolve(1).then((v) => v + 1).then((v) => { throw v * 10; }).catch((v) => v + 5).finally(() => log('  finally sees no value'));
  log('chained', chained);
  let resolve;
  const promise = new Promise((r) => { resolve = r; });
  setTimeout(() => resolve('resolved from outside'), 1);
  log(await promise);
  const self = new Promise((r) => setTimeout(() => r(self), 1));
  try { await self; } catch (e) { log(e.constructor.name, e.message); }

  log('--- inspect');
  const pending = new Promise(() => {});
  const rejected = Promise.reject(new Error('kept'));
  rejected.catch(() => {});
  log(pending, Promise.resolve({ a: [1, 2] }), await Promise.allSettled([rejected]).then((r) => r.length));
  log(Object.prototype.toString.call(main), Object.getPrototypeOf(main) === Object.getPrototypeOf(async () => {}), main.hasOwnProperty('prototype'));

  log('--- errors in parameters reject');
  async function params(a = missingFunction()) { return a; }
  const p = params();
  log(p instanceof Promise);
  await p.catch((e) => log(e.name + ':', e.message));

  log('--- async methods and this');
  class Counter {
    constructor() { this.n = 0; }
    async inc(by) { await delay(1); this.n += by; return this; }
    static async make() { const c = new Counter(); await c.inc(2); return c; }
  }
  const c = await Counter.make();
  log((await c.inc(3)).n);

  log('--- intervals');
  let ticks = 0;
  await new Promise((done) => {
    const iv = setInterval(() => { ticks++; if (ticks === 3) { clearInterval(iv); done(); } }, 2);
  });
  log('ticks', ticks);
  const t = setTimeout(() => log('never'), 5);
  clearTimeout(t);
  const unrefd = setTimeout(() => log('unref timer never keeps the loop alive'), 100000);
  unrefd.unref();
  log(typeof t.ref, t.hasRef(), unrefd.hasRef());
  return 'main done';
}

main().then(log, (e) => { log('main failed', e); process.exitCode = 2; });
