// ES modules: named, default and namespace imports, re-exports through a
// barrel, live bindings, cycles and evaluation order.
import { mark, seen } from './esm/order.mjs';
import './esm/order-b.mjs';
import inc from './esm/order-b.mjs';
import * as shop from './esm/index.mjs';
import { record, entries, balance, format, total, ledger, CURRENCY } from './esm/index.mjs';
import { even, summary } from './esm/parity.mjs';
import { early, tdz } from './esm/parity-odd.mjs';

mark('main');
console.log('evaluation order:', seen.join(' -> '));
console.log('default arrow:', inc(41), inc.name);

console.log('exports of the barrel:', Object.keys(shop).join(', '));
console.log('entries before:', entries, 'balance before:', balance);
record('coffee', 3.2);
record('book', 12.99);
record('refund', -3.2);
console.log('entries after:', entries, 'balance after:', format(balance));
console.log('same binding through the namespace:', shop.entries === entries, ledger.balance === balance);
console.log('last entry:', JSON.stringify(ledger.last()), 'log length:', ledger.log.length);
console.log('total of 3 items:', format(total([100, 250, 5])), 'in', CURRENCY);
console.log('total.name:', total.name, 'format.name:', format.name);

console.log('cycle ran early:', early, '|', tdz);
console.log('even(10):', even(10), 'even(7):', even(7));
console.log(summary());

console.log('namespace:', shop[Symbol.toStringTag], Object.getPrototypeOf(shop), Object.isExtensible(shop));
const d = Object.getOwnPropertyDescriptor(shop, 'CURRENCY');
console.log('descriptor:', d.value, d.writable, d.enumerable, d.configurable);
console.log("'record' in shop:", 'record' in shop, "'post' in shop:", 'post' in shop);
try {
  shop.CURRENCY = 'USD';
} catch (e) {
  console.log(e.constructor.name);
}
try {
  entries = 5;
} catch (e) {
  console.log(e.constructor.name + ': ' + e.message);
}
console.log('delete of a missing name:', delete shop.nothing);
console.log('this at the top level:', this);
console.log(ledger);
