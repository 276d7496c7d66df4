import { reportKeyReasons, reportLights, type MonitoringReport } from '../../monitoring/monitoring-report';
import { makePolicy, type Policy } from '../../policy/policy';
import type { Finding, FindingCode } from '../finding';
import { codeTally, compareFindings, type CodeTally } from './measure-forms';
import type { MonitoringFormCase } from './monitoring-case-types';

export interface MonitoringOutcome {
  id: string;
  missed: string[];
  falseAlarms: string[];
  fieldDiffers: string[];
  /** The lights that differ from the reviewer's (budget, row n, project, key), empty when all agree. */
  lights: string[];
}

/** Reviews each held-out monitoring table and compares its findings (per code) and lights with what a reviewer expects. */
export function measureMonitoringForms(
  cases: readonly MonitoringFormCase[], review: (report: MonitoringReport, policy: Policy) => Finding[],
): { outcomes: MonitoringOutcome[]; tally: Map<FindingCode, CodeTally>; lightsRight: number; lightsAll: number } {
  const { tally, bump } = codeTally();
  let lightsRight = 0;
  let lightsAll = 0;
  const outcomes = cases.map((c) => {
    const policy = makePolicy(c.policy ?? {});
    const { missed, falseAlarms, fieldDiffers } = compareFindings(c.expect, review(c.report, policy), bump);
    const l = reportLights(c.report, policy);
    const key_ = reportKeyReasons(c.report, policy, l).length > 0;
    const pairs: [string, string, string][] = [
      ['budget', l.budget.light, c.lights.budget],
      ...c.lights.rows.map((want, i): [string, string, string] => [`row ${i}`, l.indicators[i]?.light ?? 'missing', want]),
      ['project', l.project.light, c.lights.project],
      ['key', String(key_), String(c.lights.key)],
    ];
    const lights = pairs.filter(([, g, w]) => g !== w).map(([what, g, w]) => `${what} ${g} ≠ ${w}`);
    lightsAll += pairs.length;
    lightsRight += pairs.length - lights.length;
    return { id: c.id, missed, falseAlarms, fieldDiffers, lights };
  });
  return { outcomes, tally, lightsRight, lightsAll };
}
