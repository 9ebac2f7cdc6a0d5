// A module that waits for its configuration before exporting it.
console.log('config: loading');
const delay = (ms, v) => new Promise((r) => setTimeout(r, ms, v));
export const config = await delay(5, { retries: 3, name: 'service' });
export let status = 'loading';
status = await Promise.resolve('ready');
console.log('config: ready');
