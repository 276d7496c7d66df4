import { bandNamedBy } from './band-words';
import { meetsDeadline } from './deadline';
import type { Comparator } from '../forms/forms-schema';
import type { Policy } from '../policy/policy';
import { flatten, formatNumber as f, roundScore } from './round-score';
import type { Derivation, QualitativeChoice } from './score-types';

/**
 * A derivation spelled out when first read. Scoring a form yields one per row, but most callers
 * (review, saving a form, batch scoring) read only the scores: building every rule and arithmetic
 * string up front cost more than the scoring itself. Reading inputs, rule or arithmetic (or
 * JSON.stringify, through toJSON) gives exactly the text an eager derivation held, memoized.
 * Unlike a plain object, the three fields are accessors: Object.keys and spread do not list them.
 */
// Spelled derivations, by object: a scored row keeps its derivation, and most are never read, so the
// object itself carries no slot for the text.
const SPELLED = new WeakMap<DeferredDerivation, Derivation>();

const INSPECT: unique symbol = Symbol.for('nodejs.util.inspect.custom');

export abstract class DeferredDerivation implements Derivation {
  // Read through the prototype itself (some inspectors and test matchers do), the accessors answer
  // undefined instead of failing on the private fields.
  get inputs(): Derivation['inputs'] {
    return this.spelled()?.inputs as Derivation['inputs'];
  }
  set inputs(v: Derivation['inputs']) {
    const d = this.spelled();
    if (d) d.inputs = v;
  }
  get rule(): string {
    return this.spelled()?.rule as string;
  }
  set rule(v: string) {
    const d = this.spelled();
    if (d) d.rule = v;
  }
  get arithmetic(): string {
    return this.spelled()?.arithmetic as string;
  }
  set arithmetic(v: string) {
    const d = this.spelled();
    if (d) d.arithmetic = v;
  }

  /** The plain { inputs, rule, arithmetic } an eager derivation was, key order included. */
  toJSON(): Derivation {
    const d = this.spelled();
    return d ? { inputs: d.inputs, rule: d.rule, arithmetic: d.arithmetic } : ({} as Derivation);
  }

  /** How Node's console.log and util.inspect show it: as the plain derivation (no import; the symbol is registered). */
  [INSPECT](): Derivation {
    return this.toJSON();
  }

  private spelled(): Derivation | undefined {
    let d = SPELLED.get(this);
    if (!d) {
      if (!this.isDerivation()) return undefined;
      d = { inputs: this.spellInputs(), rule: this.spellRule(), arithmetic: flatten(this.spellArithmetic()) };
      SPELLED.set(this, d);
    }
    return d;
  }

  /** This is an instance (not a prototype reached by an inspector): its fields can be read. */
  protected abstract isDerivation(): boolean;
  protected abstract spellInputs(): Derivation['inputs'];
  protected abstract spellRule(): string;
  protected abstract spellArithmetic(): string;
}

const QUALITATIVE_RULE = '定性指标：达成 [0.8w,w]（默认w），部分达成 [0.6w,0.8w)（默认0.7w），未达成 [0,0.6w)（默认0.3w）';

/** The interval of a band, as the derivation prints it. */
export function bandText(choice: QualitativeChoice, w: number, policy: Policy): string {
  const b = policy.qualitativeBands;
  if (choice === '达成') return `[${f(roundScore(b.achievedMin * w))}, ${f(w)}]`;
  if (choice === '部分达成') return `[${f(roundScore(b.partialMin * w))}, ${f(roundScore(b.achievedMin * w))})`;
  return `[0, ${f(roundScore(b.partialMin * w))})`;
}

/**
 * How a qualitative row got its score. score-in-band: the document's (or a hand) score, which lies
 * in a band; undetermined: no pick, no textual match and no usable score; manual-in-band: a band
 * (picked or matched) with a hand score inside it; band-default: a band scored at its default.
 */
export type QualitativeWay = 'score-in-band' | 'undetermined' | 'manual-in-band' | 'band-default' | 'weightless';

/** rules.md §3 for a 定性 row: the band and how it was chosen. */
export class QualitativeDerivation extends DeferredDerivation {
  readonly #target: string;
  readonly #actual: string | null;
  readonly #w: number;
  readonly #way: QualitativeWay;
  /** The score shown: the document's or hand score, or the band default. */
  readonly #score: number;
  readonly #band: QualitativeChoice | null;
  /** The band came from the evaluator's pick (else from the actual matching the target). */
  readonly #picked: boolean;
  /** The score shown was entered by hand (else taken from the document). */
  readonly #manual: boolean;
  readonly #policy: Policy;

  constructor(
    target: string, actual: string | null, w: number, way: QualitativeWay, score: number, band: QualitativeChoice | null, picked: boolean,
    manual: boolean, policy: Policy,
  ) {
    super();
    this.#target = target;
    this.#actual = actual;
    this.#w = w;
    this.#way = way;
    this.#score = score;
    this.#band = band;
    this.#picked = picked;
    this.#manual = manual;
    this.#policy = policy;
  }

  protected isDerivation(): boolean {
    return #w in this;
  }

  protected spellInputs(): Derivation['inputs'] {
    return { comparator: 'qualitative', target: this.#target, actual: this.#actual, weight: this.#w };
  }

  protected spellRule(): string {
    return QUALITATIVE_RULE;
  }

  protected spellArithmetic(): string {
    const w = this.#w;
    const band = this.#band!;
    switch (this.#way) {
      case 'score-in-band':
        return `w=${f(w)}，采用${this.#manual ? '人工' : '填报'}得分 ${f(this.#score)}，属「${band}」区间 ${bandText(band, w, this.#policy)}`;
      case 'undetermined':
        return `w=${f(w)}，无法确定等级，未计分`;
      case 'weightless':
        return `w=0，各等级得分均为 0，按 0 计`;
      case 'manual-in-band':
        return `w=${f(w)}，${this.how()}，人工得分 ${f(this.#score)} 在区间 ${bandText(band, w, this.#policy)} 内`;
      case 'band-default':
        return `w=${f(w)}，${this.how()} → 默认 ${f(this.#score)}（区间 ${bandText(band, w, this.#policy)}）`;
    }
  }

  private how(): string {
    if (this.#picked) return `评价人选择「${this.#band!}」`;
    // Spelled for display only: the band word is looked up again here rather than carried on every row.
    if (bandNamedBy(this.#actual) === this.#band && this.#actual !== this.#target) return `完成值为「${this.#actual}」，即「${this.#band!}」`;
    if (this.#actual !== this.#target) {
      const onTime = meetsDeadline(this.#target, this.#actual);
      if (onTime === true) return `完成时间「${this.#actual}」不晚于「${this.#target}」，视为达成`;
      // Late: scored as 部分达成 by default; how late is the evaluator's call.
      if (onTime === false) return `完成时间「${this.#actual}」晚于「${this.#target}」，未按期达成，按「${this.#band!}」计`;
    }
    return `完成值「${this.#actual}」与目标「${this.#target}」一致，视为达成`;
  }
}

/** A row the rules cannot score: the hand or document score taken, or none. */
export class ManualDerivation extends DeferredDerivation {
  readonly #comparator: Comparator | null;
  readonly #target: string;
  readonly #actual: string | null;
  readonly #weight: number | null;
  readonly #rule: string;
  /** The score taken (rounded); null when there is none. */
  readonly #score: number | null;
  readonly #manual: boolean;

  constructor(comparator: Comparator | null, target: string, actual: string | null, weight: number | null, rule: string, score: number | null, manual: boolean) {
    super();
    this.#comparator = comparator;
    this.#target = target;
    this.#actual = actual;
    this.#weight = weight;
    this.#rule = rule;
    this.#score = score;
    this.#manual = manual;
  }

  protected isDerivation(): boolean {
    return #rule in this;
  }

  protected spellInputs(): Derivation['inputs'] {
    return { comparator: this.#comparator, target: this.#target, actual: this.#actual, weight: this.#weight };
  }

  protected spellRule(): string {
    return this.#rule;
  }

  protected spellArithmetic(): string {
    return this.#score == null ? '无得分，未计入' : `采用${this.#manual ? '人工' : '填报'}得分 ${f(this.#score)}`;
  }
}

const DEADLINE_RULE = '时限指标：完成日期不晚于期限得满分；逾期由人工评分';

/** A date deadline (≤2024年12月底) met by the completion date: full marks. */
export class DeadlineDerivation extends DeferredDerivation {
  readonly #target: string;
  readonly #actual: string;
  readonly #w: number;
  /** The score given when the date is late (部分达成's default for full marks on a late date); null when met. */
  readonly #late: number | null;

  constructor(target: string, actual: string, w: number, late: number | null = null) {
    super();
    this.#target = target;
    this.#actual = actual;
    this.#w = w;
    this.#late = late;
  }

  protected isDerivation(): boolean {
    return #target in this;
  }

  protected spellInputs(): Derivation['inputs'] {
    return { comparator: '<=', target: this.#target, actual: this.#actual, weight: this.#w };
  }

  protected spellRule(): string {
    return DEADLINE_RULE;
  }

  protected spellArithmetic(): string {
    if (this.#late !== null) return `w=${f(this.#w)}，完成「${this.#actual}」晚于期限「${this.#target}」，逾期不得满分 → 部分达成默认 ${f(this.#late)}`;
    return `完成「${this.#actual}」不晚于期限「${this.#target}」 → ${f(this.#w)}`;
  }
}

const BUDGET_RULE = '预算执行率：min(执行数/调整后预算数, 1)×权重';

/** Budget execution computed from the amounts (executed ÷ planned) or, lacking them, from the stated rate. */
export class BudgetDerivation extends DeferredDerivation {
  /** executed_wan, or the execution rate (%) when fromRate. */
  readonly #a: number;
  /** adjusted_wan (initial_wan when there is none); unused when fromRate. */
  readonly #planned: number;
  readonly #fromRate: boolean;
  readonly #adjusted: boolean;
  readonly #w: number;
  readonly #score: number;

  constructor(a: number, planned: number, fromRate: boolean, adjusted: boolean, w: number, score: number) {
    super();
    this.#a = a;
    this.#planned = planned;
    this.#fromRate = fromRate;
    this.#adjusted = adjusted;
    this.#w = w;
    this.#score = score;
  }

  protected isDerivation(): boolean {
    return #w in this;
  }

  protected spellInputs(): Derivation['inputs'] {
    if (this.#fromRate) return { execution_rate: this.#a, weight: this.#w };
    return { executed_wan: this.#a, [this.#adjusted ? 'adjusted_wan' : 'initial_wan']: this.#planned, weight: this.#w };
  }

  protected spellRule(): string {
    if (this.#fromRate) return `${BUDGET_RULE}（缺金额，按执行率）`;
    return this.#adjusted ? BUDGET_RULE : `${BUDGET_RULE}（无调整后预算数，按年初预算数）`;
  }

  protected spellArithmetic(): string {
    const a = this.#a;
    const w = this.#w;
    if (this.#fromRate) return `执行率=${f(a)}% → min(${f(a)}%,1)×${f(w)} = ${f(this.#score)}`;
    const t = this.#planned;
    return `A=${f(a)}, T=${f(t)} → min(${f(a)}/${f(t)},1)×${f(w)} = ${f(this.#score)}`;
  }
}
