import { readSource, type ReadIssue } from '../read/read-source';
import { DEFAULT_READ_LIMITS, type ReadLimits } from '../read/read-limits';
import { readMonitoringTables, type MonitoringTableRead } from './read-monitoring-tables';

export type MonitoringImport = { ok: true; tables: MonitoringTableRead[]; notes: string[] } | { ok: false; issues: ReadIssue[] };

/**
 * Reads the 绩效运行监控表 of an uploaded document (Word, Excel, PDF, HTML or text). Apart from the forms import
 * (`importFile`, whose output and its 「只有绩效运行监控表…已跳过」 warning stay as they are): a document may hold both.
 * Every expected failure, a document without a monitoring table included, comes back as `{ok:false}` in Chinese.
 */
export async function importMonitoringFile(bytes: Uint8Array, fileName: string, limits: ReadLimits = DEFAULT_READ_LIMITS): Promise<MonitoringImport> {
  const read = await readSource(bytes, fileName, limits);
  if (!read.ok) return read;
  const tables = readMonitoringTables(read.source);
  if (tables.length === 0) {
    return {
      ok: false,
      issues: [{
        code: 'no_monitoring_table',
        message: `文件“${fileName}”中没有识别到绩效运行监控表：监控表应有“三级指标（指标名称）”“年度指标值”和“1-m月完成值（执行情况）”或“全年预计完成值”等栏。绩效目标表、自评表请从“导入”页导入。`,
      }],
    };
  }
  return { ok: true, tables, notes: read.source.notes };
}
