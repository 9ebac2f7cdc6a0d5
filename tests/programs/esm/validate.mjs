// Validation that throws from inside an imported module.
export function check(order) {
  if (!(order.qty > 0)) {
    throw new RangeError(`bad quantity for ${order.sku}: ${order.qty}`);
  }
  return order.qty * order.price;
}
export function checkAll(orders) {
  return orders.map(check);
}
