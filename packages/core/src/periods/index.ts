export * from './period-timing';
export * from './import-year';
