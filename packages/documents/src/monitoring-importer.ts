// The monitoring-table reader alone (documents → core's monitoring report shape), apart from the forms importer
// (`jixiao.forms/v1`), whose output it does not change.
export * from './monitoring/import-monitoring-file';
export type { MonitoringTableRead, ReadMonitoringReport } from './monitoring/read-monitoring-tables';
export { readMonitoringTables } from './monitoring/read-monitoring-tables';
