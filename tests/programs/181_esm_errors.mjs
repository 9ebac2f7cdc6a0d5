// Errors across ES modules: stack frames name each module's file, and an
// uncaught error ends the program with status 1.
import { check, checkAll } from './esm/validate.mjs';

function frames(e) {
  return e.stack
    .split('\n')
    .slice(1)
    .filter((l) => l.includes('/programs/'))
    .map((l) => l.trim().replace(/\(?file:\/\/.*\/programs\//, '(').replace(/^at \(/, 'at <module> ('));
}

const orders = [
  { sku: 'A-1', qty: 2, price: 5 },
  { sku: 'B-7', qty: 0, price: 9 },
];
console.log(check(orders[0]));
try {
  checkAll(orders);
} catch (e) {
  console.log(e.name + ': ' + e.message);
  for (const f of frames(e)) console.log('  ' + f);
}
console.log('about to fail');
check({ sku: 'Z-9', qty: -1, price: 1 });
console.log('not reached');
