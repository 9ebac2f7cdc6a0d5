import { mark } from './order.mjs';
mark('a');
export default 'A';
