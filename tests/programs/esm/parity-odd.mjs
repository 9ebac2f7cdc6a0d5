import { even, evenCalls } from './parity.mjs';
export let oddCalls = 0;
export function odd(n) {
  oddCalls++;
  return n === 0 ? false : even(n - 1);
}
// Runs before parity.mjs's body: its functions already exist and its var
// is undefined (so the counter becomes NaN), but its `const` is
// uninitialised.
export const early = even(3) + ' ' + evenCalls;
let tdz;
try {
  tdz = typeof summaryProbe();
} catch (e) {
  tdz = e.constructor.name + ': ' + e.message;
}
export { tdz };
import { summary } from './parity.mjs';
function summaryProbe() {
  return summary;
}
