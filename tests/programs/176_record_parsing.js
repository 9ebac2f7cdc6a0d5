// Parsing records with nested patterns, swaps, Object.entries loops and
// assignment patterns with member targets.
const lines = ['alice,30,admin:write', 'bob,25,user:read', 'carol,41,admin:read'];
const people = lines.map((line) => {
  const [name, age, perm] = line.split(',');
  const [role, access = 'none'] = perm.split(':');
  return { name, age: Number(age), role: { kind: role, access } };
});
for (const { name, age, role: { kind, access } } of people) {
  console.log(`${name} (${age}) is ${kind} with ${access}`);
}

const counts = {};
for (const { role: { kind } } of people) counts[kind] = (counts[kind] || 0) + 1;
for (const [kind, n] of Object.entries(counts)) console.log(kind, n);
for (var [k, [first, second = '?']] of [['a', [1]], ['b', [2, 3]]]) console.log(k, first, second);
console.log(k, first, second);

// Swapping and rotating.
let a = 1, b = 2, c = 3;
[a, b] = [b, a];
console.log(a, b);
[a, b, c] = [c, a, b];
console.log(a, b, c);
const arr = [5, 1, 4, 2, 3];
for (let i = 0; i < arr.length; i++) {
  for (let j = 0; j < arr.length - 1 - i; j++) {
    if (arr[j] > arr[j + 1]) [arr[j], arr[j + 1]] = [arr[j + 1], arr[j]];
  }
}
console.log(arr);

// Member targets, defaults in assignment patterns, the expression's value.
const state = { pos: { x: 0, y: 0 }, history: [] };
let result = ({ x: state.pos.x, y: state.pos.y = 9 } = { x: 4 });
console.log(state.pos, result);
[state.history[0], , state.history[1] = 'def', ...state.rest] = ['h0', 'skip', undefined, 'r1', 'r2'];
console.log(state);
let m, n, rest;
({ m, n = m * 2, ...rest } = { m: 21, o: 1, p: 2 });
console.log(m, n, rest);

// var patterns hoist; let/const patterns are block scoped with TDZ.
console.log(typeof hoisted, hoisted);
var { hoisted } = { hoisted: 'now' };
console.log(hoisted);
{
  const [inner = 'block'] = [];
  console.log(inner);
}
console.log(typeof inner);
function tdz(fn) { try { return fn(); } catch (e) { return e.constructor.name + ': ' + e.message; } }
console.log(tdz(() => { const { p = q, q } = {}; return p; }));
console.log(tdz(() => { let [r = r] = []; return r; }));
console.log(tdz(() => { let s = s; return s; }));
const fns = [];
for (const [i, label] of ['x', 'y', 'z'].entries()) fns.push(() => i + label);
console.log(fns.map((f) => f()));

// Nested arrays, holes, strings and rest in parameters.
const [[p0, p1], [, q1], [r0 = 'r0'] = []] = [[1, 2], [3, 4]];
console.log(p0, p1, q1, r0);
const [ch0, , ch2, ...chs] = 'héllo!';
console.log(ch0, ch2, chs);
function head([h, ...t], ...[extra, more = 'm']) { return { h, t, extra, more }; }
console.log(head('abc', 1), head([9], 1, 2));
const { length, 0: firstItem, [arr.length - 1]: lastItem } = arr;
console.log(length, firstItem, lastItem);
