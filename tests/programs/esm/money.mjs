// Money helpers: named exports, a default export and a constant.
export const CURRENCY = 'EUR';
export function cents(amount) {
  return Math.round(amount * 100);
}
export function format(c) {
  const sign = c < 0 ? '-' : '';
  const abs = Math.abs(c);
  return sign + Math.floor(abs / 100) + '.' + String(abs % 100).padStart(2, '0') + ' ' + CURRENCY;
}
export default function sum(list) {
  let total = 0;
  for (const c of list) total += c;
  return total;
}
