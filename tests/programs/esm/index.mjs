// A barrel module: re-exports under new names and whole modules.
export * from './money.mjs';
export { post as record, entries, balance } from './ledger.mjs';
export * as ledger from './ledger.mjs';
export { default as total } from './money.mjs';
