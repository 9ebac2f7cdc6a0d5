// Array patterns over the iterator protocol: how many values are read,
// when return() is called, and the errors for null/undefined values.
function counter(limit, label) {
  let i = 0;
  return {
    [Symbol.iterator]() {
      return {
        next() {
          i++;
          console.log(`${label}: next ${i}`);
          return { value: i, done: i > limit };
        },
        return() {
          console.log(`${label}: return()`);
          return {};
        },
      };
    },
  };
}

const [a1, a2] = counter(5, 'two of five');
console.log(a1, a2);
const [b1, b2, b3] = counter(2, 'three of two');
console.log(b1, b2, b3);
const [c1, ...crest] = counter(3, 'rest');
console.log(c1, crest);
const [] = counter(3, 'empty pattern');
const [, , d3] = counter(4, 'holes');
console.log(d3);
let e1, e2;
[e1, e2] = counter(9, 'assignment');
console.log(e1, e2);

function attempt(label, fn) {
  try {
    fn();
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, '->', e.constructor.name + ': ' + e.message);
  }
}
attempt('default throws', () => {
  const [x = (() => { throw new Error('bad default'); })()] = [undefined, 2];
});
attempt('default throws, iterator closed', () => {
  const [x, y = (() => { throw new Error('bad default'); })()] = counter(1, 'closing');
});
attempt('nested pattern throws', () => {
  const [[inner]] = counter(3, 'nested');
});
attempt('for-of body throws', () => {
  for (const v of counter(5, 'loop')) {
    if (v === 2) throw new Error('stop at 2');
  }
});
attempt('for-of break', () => {
  for (const [v] of [counter(5, 'inner')]) {
    console.log('got', v);
    break;
  }
});
const throwingReturn = {
  [Symbol.iterator]() {
    return { next() { return { value: 1, done: false }; }, return() { throw new Error('return() failed'); } };
  },
};
attempt('return() throws after a normal end', () => { const [q] = throwingReturn; });
attempt('return() error is hidden by the first error', () => {
  const [q = (() => { throw new Error('first'); })(), r = (() => { throw new Error('never'); })()] = [undefined];
});
attempt('next() throws', () => {
  const bad = { [Symbol.iterator]() { return { next() { throw new Error('next failed'); }, return() { console.log('not called'); return {}; } }; } };
  const [z] = bad;
});

attempt('object from undefined', () => { const { a } = undefined; });
attempt('object from null', () => { const {} = null; });
attempt('object from a variable', () => { let cfg; const { host, port } = cfg; });
attempt('object from a member', () => { const opts = {}; const { verbose } = opts.logging; });
attempt('object from a call', () => { const load = () => null; const { data } = load(); });
attempt('nested object', () => { const { server: { port } } = {}; });
attempt('parameter', () => { function start({ port }) { return port; } start(); });
attempt('parameter with default', () => { function start({ port } = {}) { return port; } console.log('port', start()); });
attempt('rest from null', () => { const { ...all } = null; });
attempt('assignment pattern', () => { let a; ({ a } = null); });
attempt('array from number', () => { const [n] = 5; });
attempt('array from object', () => { const [n] = {}; });
attempt('array from undefined', () => { const [n] = undefined; });
attempt('tdz', () => { const { p = q, q } = {}; });
attempt('catch pattern', () => {
  try { throw new RangeError('out of range'); } catch ({ name, message, missing = 'n/a' }) { console.log(name, message, missing); }
});
attempt('const assignment', () => { const k = 1; [k] = [2]; });
