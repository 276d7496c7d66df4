import type { Comparator } from '../forms/forms-schema';
import type { QualitativeChoice } from '../scoring/score-types';

/**
 * 绩效运行监控 lights (rules.md §4). blue = ahead of plan; none = cannot be judged (missing
 * numbers), shown grey and never hiding a worse light.
 */
export type Light = 'green' | 'yellow' | 'red' | 'blue' | 'none';

export const LIGHT_LABELS: Record<Light, string> = { green: '绿灯', yellow: '黄灯', red: '红灯', blue: '蓝灯', none: '无法判断' };

export interface LightResult {
  light: Light;
  /** Progress in percent of plan (null when not computable or qualitative). */
  progress: number | null;
  explanation: string;
}

export interface IndicatorLightInput {
  comparator: Comparator | null;
  target: string | number | null;
  actual: string | number | null;
  unit?: string | null;
  /** Defaults from the unit: counts accumulate, rates (%) do not (rules.md §4: a 预算执行率 row in % is A ÷ T like any rate). */
  cumulative?: boolean;
  month: number;
  /** For qualitative indicators: the expected outcome at year end. */
  choice?: QualitativeChoice | null;
  /** The indicator's name: under one that states a decrease (…下降率) a progress of 下降3% is 3. */
  name?: string;
  /** The report's fiscal year: a multi-year project's deadline in another year (2026年底前) is judged against it. */
  fiscalYear?: number | null;
  /** Why the row has no value yet (年底测评, 未到测量期): while its 完成值 is blank it is not judged, not red. */
  notMeasured?: string | null;
  /** The expected year-end value (预计) written beside a row not measured yet. */
  forecast?: string | null;
  /** A project's own months in the year (started in 4月: 4; a 跨年 project's part ending in 9月: end 9): counts are prorated by them. */
  startMonth?: number | null;
  endMonth?: number | null;
}
