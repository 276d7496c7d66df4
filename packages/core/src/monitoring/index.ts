export * from './monitoring-lights';
export * from './key-monitoring';
export * from './monitoring-report';
