import { mark } from './order.mjs';
import './order-a.mjs';
mark('b');
export default (x) => x + 1;
