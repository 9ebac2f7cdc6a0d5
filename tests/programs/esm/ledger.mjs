// A ledger with live exported state: importers see every update.
import sum, { cents } from './money.mjs';
export let entries = 0;
export let balance = 0;
const history = [];
export function post(description, amount) {
  const c = cents(amount);
  history.push({ description, c });
  entries++;
  balance = sum(history.map((h) => h.c));
  return c;
}
export function last() {
  return history[history.length - 1];
}
export { history as log };
