// Top-level await: an importer runs after its async dependency settles;
// await, for await and try/catch at the top level of a module.
import { config, status } from './esm/tla_config.mjs';

console.log('main: starts after config', config, status);
const results = await Promise.all([1, 2, 3].map(async (n) => n * config.retries));
console.log('results', results);
async function* numbers() { yield 1; await null; yield 2; }
let sum = 0;
for await (const n of numbers()) sum += n;
console.log('sum', sum);
try {
  await Promise.reject(new RangeError('handled at top level'));
} catch (e) {
  console.log(e.name, e.message);
}
setTimeout(() => console.log('timer after module evaluation'), 1);
console.log('main: done');
