export { startServer, type StartServerOptions, type RunningServer } from './start-server';
export { createApp, type AppOptions } from './http/create-app';
export { openDatabase, type Db, type DatabaseOptions } from './db/open-database';
export { MIGRATIONS, migrate } from './db/migrations';
export { verifyAuditChain, type AuditVerification } from './audit/audit-log';
export { systemClock, manualClock, type Clock } from './clock';
export { ERROR_STATUS, type ErrorCode, type AppError, type Result } from './errors';
