import { monitoringIndicatorSchema, monitoringReportSchema, type MonitoringIndicator, type MonitoringReport } from '../../monitoring/monitoring-report';
import type { Light } from '../../monitoring/light-types';
import type { Policy } from '../../policy/policy';
import type { ExpectedFinding } from './form-case-types';

/**
 * A 绩效运行监控表 as a unit fills it in mid-year (rules.md §4), with what a careful reviewer finds on it: the review's
 * findings (rules.md §2 codes, row = the indicator's index) and the lights of §4 — budget, each row, the project's worst and
 * whether it goes on the 重点监控 list.
 */
export interface MonitoringFormCase {
  id: string;
  sector: string;
  report: MonitoringReport;
  policy?: Partial<Policy>;
  expect: ExpectedFinding[];
  lights: ExpectedLights;
}
export interface ExpectedLights { budget: Light; rows: Light[]; project: Light; key: boolean }

const LETTER: Record<string, Light> = { g: 'green', y: 'yellow', r: 'red', b: 'blue', n: 'none' };
const light = (letter: string): Light => {
  const l = LETTER[letter];
  if (!l) throw new Error(`unknown light letter ${letter}`);
  return l;
};

/** Lights in letters (g green, y yellow, r red, b blue, n none): budget, the rows in order, the project, 重点监控. */
export const lights = (budget: string, rows: string, project: string, key: boolean): ExpectedLights =>
  ({ budget: light(budget), rows: [...rows].map(light), project: light(project), key });

type RowExtra = Partial<Omit<MonitoringIndicator, 'level1' | 'level2' | 'name' | 'comparator' | 'target' | 'unit' | 'progress_value'>>;

/** One monitoring row: 一级, 二级, 三级, comparator, 年度指标值, unit, 1至当月实际完成值, then 预计/能否完成/偏差原因/纠偏措施. */
export const mrow = (
  level1: string, level2: string | null, name: string, comparator: MonitoringIndicator['comparator'], target: string, unit: string | null,
  progress: string | null, extra: RowExtra = {},
): MonitoringIndicator => monitoringIndicatorSchema.parse({ level1, level2, name, comparator, target, unit, progress_value: progress, ...extra });

export const report = (fields: Record<string, unknown>): MonitoringReport => monitoringReportSchema.parse(fields);

/** A copy of a report with some of its fields and some rows' cells replaced. */
export const vary = (base: MonitoringReport, fields: Partial<MonitoringReport>, rows: Record<number, Partial<MonitoringIndicator>> = {}): MonitoringReport =>
  report({ ...base, ...fields, indicators: (fields.indicators ?? base.indicators).map((r, i) => (rows[i] ? { ...r, ...rows[i] } : r)) });

/** An amount the table prints in 元, as the importer stores it (万元). */
export const yuan = (amount: number): number => amount / 10000;
