// Async generators and for await: paginated fetching, line streams,
// merging, early exit with cleanup, and the request queue of next().
"use strict";

const delay = (ms, v) => new Promise((r) => setTimeout(r, ms, v));

// A fake paginated API.
const PAGES = [[1, 2, 3], [4, 5], [6], []];
async function fetchPage(n) { await delay(1); return { items: PAGES[n] ?? [], next: n + 1 < PAGES.length ? n + 1 : null }; }
async function* allItems() {
  let page = 0;
  while (page !== null) {
    const { items, next } = await fetchPage(page);
    yield* items;
    page = next;
  }
}

// A chunked text stream split into lines.
async function* chunks() { for (const c of ['alpha\nbe', 'ta\ngam', 'ma\n', 'delta']) { await null; yield c; } }
async function* lines(source) {
  let buf = '';
  for await (const chunk of source) {
    buf += chunk;
    let i;
    while ((i = buf.indexOf('\n')) >= 0) { yield buf.slice(0, i); buf = buf.slice(i + 1); }
  }
  if (buf) yield buf;
}

async function* mapAsync(source, f) { for await (const x of source) yield await f(x); }
async function* takeAsync(source, n) { if (n <= 0) return; for await (const x of source) { yield x; if (--n === 0) return; } }

async function main() {
  const items = [];
  for await (const it of allItems()) items.push(it);
  console.log('items', items);

  for await (const line of lines(chunks())) console.log('line:', JSON.stringify(line));

  const doubled = [];
  for await (const d of mapAsync(takeAsync(allItems(), 4), async (x) => { await delay(1); return x * 2; })) doubled.push(d);
  console.log('doubled', doubled);

  // Early exit runs the generator's finally blocks (AsyncIteratorClose).
  async function* resource(name) {
    console.log(`open ${name}`);
    try { for (let i = 0; ; i++) yield `${name}${i}`; }
    finally { await delay(1); console.log(`close ${name}`); }
  }
  for await (const r of resource('db')) { if (r === 'db2') break; console.log('got', r); }
  try {
    for await (const r of resource('file')) { if (r === 'file1') throw new Error('consumer failed'); }
  } catch (e) { console.log('caught', e.message); }

  // next() calls queue up and settle in order.
  async function* slow() { for (const ms of [20, 1, 5]) yield await delay(ms, ms); }
  const g = slow();
  const results = await Promise.all([g.next(), g.next(), g.next(), g.next()]);
  console.log(results.map((r) => `${r.value}/${r.done}`).join(' '));

  // return() and throw() on suspended and finished generators.
  const h = slow();
  console.log(await h.return('early'), await h.next());
  const k = resource('k');
  await k.next();
  try { await k.throw(new TypeError('injected')); } catch (e) { console.log('rethrown', e.name); }
  console.log(await k.next());

  // Sync iterables of promises, and a hand-written async iterable.
  for await (const v of [delay(3, 'x'), 'y', Promise.resolve('z')]) console.log('value', v);
  const countdown = {
    from: 3,
    [Symbol.asyncIterator]() {
      let n = this.from;
      return { next: async () => (n > 0 ? { value: n--, done: false } : { value: undefined, done: true }) };
    },
  };
  const seen = [];
  for await (const n of countdown) seen.push(n);
  console.log('countdown', seen.join(','));

  console.log(Object.prototype.toString.call(slow()), Object.getPrototypeOf(slow).constructor.name, typeof Symbol.asyncIterator);
  try { for await (const x of 42) console.log(x); } catch (e) { console.log(e.constructor.name, e.message); }
}

main().then(() => console.log('end'));
