/**
 * Settings of a policy that only make sense in order: the grade cut-offs fall (优 > 良 > 中) and the monitoring lights
 * rise (红灯 < 黄灯 < 蓝灯). Out of order, a score or a progress lands in the wrong grade or light without any error,
 * so the admin screen and the server refuse it alike, naming the setting to change.
 */

export interface PolicyOrderIssue {
  /** The setting to change, as a path into the policy (['grades', 'good']). */
  path: readonly [string, string];
  /** Chinese: the order rule, the setting, its value and the ones it conflicts with. */
  message: string;
  /** The same without the rule (良（95）须低于优（92）), for beside the setting itself. */
  detail: string;
}

interface ChainStep {
  key: string;
  label: string;
}

interface OrderChain {
  group: keyof PolicyOrderInput;
  /** 'desc': each step is above the next one; 'asc': below it. */
  direction: 'asc' | 'desc';
  steps: readonly ChainStep[];
  rule: string;
  suffix: string;
}

const CHAINS: readonly OrderChain[] = [
  {
    group: 'grades',
    direction: 'desc',
    steps: [{ key: 'excellent', label: '优' }, { key: 'good', label: '良' }, { key: 'pass', label: '中' }],
    rule: '等级分数线须满足 优 > 良 > 中',
    suffix: '',
  },
  {
    group: 'monitoring',
    direction: 'asc',
    steps: [{ key: 'red', label: '红灯' }, { key: 'yellow', label: '黄灯' }, { key: 'blue', label: '蓝灯' }],
    rule: '亮灯阈值须满足 红灯 < 黄灯 < 蓝灯',
    suffix: '%',
  },
];

type SettingGroup = { readonly [key: string]: unknown } | null | undefined;

/** A policy, or the values of the form that edits one (blank settings are null there). */
export interface PolicyOrderInput {
  grades?: SettingGroup;
  monitoring?: SettingGroup;
}

/**
 * The settings that break their order, each once. The one to change is the setting out of order with the most
 * others (优 = 92 under both 良 = 95 and 中 = 93 is the low one); between two that only disagree with each other it is
 * the later one, which is set relative to the one before it (良 = 95 above 优 = 92 marks 良). Missing values are
 * left to the required-field checks; a chain with no 蓝灯 checks 红灯 < 黄灯 only.
 */
export function policyOrderIssues(policy: PolicyOrderInput): PolicyOrderIssue[] {
  const issues: PolicyOrderIssue[] = [];
  for (const chain of CHAINS) {
    const group = policy[chain.group] ?? {};
    const steps = chain.steps
      .map((step, order) => ({ ...step, order, value: group[step.key] as unknown }))
      .filter((s): s is ChainStep & { order: number; value: number } => typeof s.value === 'number' && Number.isFinite(s.value));
    // i before j in the chain: in order when i is above j (desc) or below it (asc).
    const inOrder = (i: { value: number }, j: { value: number }) => (chain.direction === 'desc' ? i.value > j.value : i.value < j.value);
    const conflicts = (s: (typeof steps)[number], among: typeof steps) =>
      among.filter((o) => o !== s && !(o.order < s.order ? inOrder(o, s) : inOrder(s, o)));
    let left = steps;
    for (;;) {
      const counted = left.map((s) => ({ s, with: conflicts(s, left) })).filter((c) => c.with.length > 0);
      if (counted.length === 0) break;
      const worst = counted.reduce((a, b) => (b.with.length > a.with.length || (b.with.length === a.with.length && b.s.order > a.s.order) ? b : a));
      const show = (s: { label: string; value: number }) => `${s.label}（${s.value}${chain.suffix}）`;
      const above = worst.with.filter((o) => (o.order < worst.s.order) === (chain.direction === 'desc'));
      const below = worst.with.filter((o) => !above.includes(o));
      const parts = [
        above.length ? `须低于${above.map(show).join('和')}` : '',
        below.length ? `须高于${below.map(show).join('和')}` : '',
      ].filter(Boolean);
      const detail = `${show(worst.s)}${parts.join('，')}`;
      issues.push({ path: [chain.group, worst.s.key], message: `${chain.rule}：${detail}`, detail });
      left = left.filter((s) => s !== worst.s);
    }
  }
  return issues;
}
