// Mutually recursive modules: parity.mjs and parity-odd.mjs import each other.
import { odd, oddCalls } from './parity-odd.mjs';
// A var binding exists (undefined) before this body runs.
export var evenCalls = 0;
export function even(n) {
  evenCalls++;
  return n === 0 ? true : odd(n - 1);
}
export const summary = () => `even calls ${evenCalls}, odd calls ${oddCalls}`;
