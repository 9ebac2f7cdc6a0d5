// Tagged templates: escaping helpers, String.raw, per-site template
// objects, member tags with their `this`, invalid escapes, chaining.
"use strict";

function tag(strings, ...values) {
  return { strings: [...strings], raw: strings.raw, values, frozen: Object.isFrozen(strings) && Object.isFrozen(strings.raw) };
}
const name = 'kiln', n = 3;
console.log(tag`hello ${name}, you have ${n + 1} items\n`);
console.log(String.raw`C:\path\to\${name}`, String.raw`\u{41}${1}\x42`);

// One template object per site, the same on every evaluation.
const seen = [];
for (let i = 0; i < 3; i++) seen.push(((s) => s)`same site`);
console.log(seen[0] === seen[1] && seen[1] === seen[2], ((s) => s)`a` === ((s) => s)`a`);

// A method as the tag keeps its receiver.
const fmt = {
  prefix: '>>',
  line(s, ...v) { return this.prefix + s.map((x, i) => x + (i < v.length ? JSON.stringify(v[i]) : '')).join(''); },
};
console.log(fmt.line`x=${1} y=${'two'} z=${[3]}`);

// HTML escaping and a tiny SQL-ish builder.
const esc = (v) => String(v).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
const html = (s, ...v) => s.reduce((acc, str, i) => acc + str + (i < v.length ? esc(v[i]) : ''), '');
console.log(html`<a title="${'say "hi"'}">${'<b>&</b>'}</a>`);
function sql(strings, ...params) {
  return { text: strings.reduce((q, s, i) => q + '$' + i + s), params };
}
console.log(sql`SELECT * FROM users WHERE id = ${42} AND name = ${"o'brien"}`);

// Invalid escapes are allowed in tagged templates: cooked is undefined.
const cook = (s) => [s[0], s.raw[0]];
console.log(cook`\unicode`, cook`\01`, cook`\xg`, cook`\u{110000}`, cook`ok\n`);

// Chained tags apply left to right.
const calls = [];
const chain = (s) => { calls.push(s[0]); return chain; };
chain`x``y``z`;
console.log(calls.join(''));
