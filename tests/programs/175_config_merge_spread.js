// Config merging with object spread, defaults and options objects.
const defaults = { host: 'localhost', port: 8080, tls: { enabled: false, cert: null }, retries: 3 };

function mergeConfig(base, ...overrides) {
  let out = { ...base };
  for (const o of overrides) {
    const { tls, ...flat } = o || {};
    out = { ...out, ...flat, tls: { ...out.tls, ...tls } };
  }
  return out;
}

const cfg = mergeConfig(defaults, { port: 443, tls: { enabled: true } }, null, { retries: 5, verbose: true });
console.log(cfg);
console.log(defaults.tls.enabled, cfg.tls.enabled);

function connect({ host = '127.0.0.1', port = 80, timeout = 1000, onError = () => 'default handler' } = {}) {
  return `${host}:${port} (timeout ${timeout}) ${onError.name} -> ${onError()}`;
}
console.log(connect());
console.log(connect({ host: 'example.com' }));
console.log(connect({ port: undefined, timeout: null, onError: function custom() { return 'custom'; } }));

function request(url, { method = 'GET', headers: { accept = '*/*', ...otherHeaders } = {}, body } = {}) {
  return [method, url, accept, JSON.stringify(otherHeaders), body === undefined ? '-' : body].join(' ');
}
console.log(request('/a'));
console.log(request('/b', { method: 'POST', headers: { accept: 'json', 'x-id': 7 }, body: '{}' }));

// Spread copies own enumerable string and symbol keys, runs getters once,
// ignores null/undefined and spreads strings and arrays by index.
const tag = Symbol('tag');
let reads = 0;
const src = { a: 1, get b() { reads++; return 'b' + reads; }, [tag]: 'sym' };
Object.defineProperty(src, 'hidden', { value: 'no', enumerable: false });
const proto = { inherited: true };
const child = Object.create(proto);
child.own = 'yes';
const copy = { first: 0, ...src, ...child, ...null, ...undefined, ...'hi', ...[7, 8], ...42 };
console.log(copy, reads, copy[tag], 'hidden' in copy, 'inherited' in copy);
console.log(Object.keys({ z: 1, ...{ a: 2, z: 3 } }));
const later = { x: 1, ...{ x: 2 }, x: 3 };
console.log(later);

// Object rest excludes the named keys, including computed ones.
const key = 'port';
const { [key]: p, host, ...others } = cfg;
console.log(p, host, Object.keys(others).sort());
const { ...clone } = src;
console.log(clone, reads);

// Settings normalised through parameter patterns and arrow functions.
const normalise = ({ name, level = 1, tags: [primary = 'none', ...secondary] = [] }) => ({ name, level, primary, secondary });
console.log([{ name: 'a' }, { name: 'b', level: 3, tags: ['x', 'y', 'z'] }].map(normalise));
console.log(normalise.length, connect.length, request.length);
