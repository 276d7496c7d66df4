export * from './monitoring-lights';
export * from './key-monitoring';
export * from './monitoring-report';
export * from './percent-of-target';
export * from './own-months';
