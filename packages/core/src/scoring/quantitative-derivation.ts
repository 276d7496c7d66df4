import type { Comparator } from '../forms/forms-schema';
import { DEFAULT_POLICY } from '../policy/policy';
import { BudgetDerivation, DeadlineDerivation, DeferredDerivation, ManualDerivation, QualitativeDerivation } from './deferred-derivation';
import { formatNumber as f, roundScore } from './round-score';
import type { Derivation } from './score-types';

/**
 * Which formula a quantitative row took. met-explain: met at or beyond the over-achievement
 * threshold under the explain policy, which the rule then mentions.
 */
export type Branch =
  | 'reverse-zero-target' | 'reverse-met' | 'reverse-doubled' | 'reverse-partial'
  | 'zero-target' | 'met' | 'met-explain' | 'deducted' | 'partial'
  /** A target below zero (a signed change) met by the actual as written. */
  | 'signed-met';

/**
 * The unrounded score of a branch: the same expressions scoreIndicator evaluates (so the same doubles),
 * recomputed when the arithmetic is spelled rather than kept on every row.
 */
export function quantitativeRaw(branch: Branch, cmp: Exclude<Comparator, 'qualitative'>, t: number, a: number, w: number, threshold: number): number {
  switch (branch) {
    case 'reverse-zero-target': return a <= 0 ? w : 0;
    case 'reverse-met': return w;
    case 'reverse-doubled': return 0;
    case 'reverse-partial': return (1 - (a - t) / t) * w;
    case 'zero-target': return cmp === '=' ? (a === 0 ? w : 0) : w;
    case 'met':
    case 'met-explain':
    case 'signed-met': return w;
    case 'deducted': return Math.max(0, 1 - (a - threshold * t) / t) * w;
    case 'partial': return (a / t) * w;
  }
}

const REVERSE_RULE = '反向指标：A≤T 得满分；T<A<2T 得 (1−(A−T)/T)×w；A≥2T 得0；T=0 时 A≤0 得满分否则0';
const EQUAL_RULE = '等于指标：按正向计，A≥T 得满分，否则 A/T×w；T=0 时全有或全无';
const FORWARD_RULE = '正向指标：A≥T 得满分，否则 A/T×w';

/** rules.md §3 for a number against a number: A, T, w and the branch taken are all it needs. */
export class QuantitativeDerivation extends DeferredDerivation {
  readonly #cmp: Exclude<Comparator, 'qualitative'>;
  readonly #t: number;
  readonly #rawA: number;
  readonly #w: number;
  readonly #branch: Branch;
  /** The over-achievement threshold; read only by the met-explain and deducted branches (scoreIndicator passes 0 otherwise). */
  readonly #threshold: number;

  constructor(cmp: Exclude<Comparator, 'qualitative'>, t: number, rawA: number, w: number, branch: Branch, threshold: number) {
    super();
    this.#cmp = cmp;
    this.#t = t;
    this.#rawA = rawA;
    this.#w = w;
    this.#branch = branch;
    this.#threshold = threshold;
  }

  protected isDerivation(): boolean {
    return #t in this;
  }

  protected spellInputs(): Derivation['inputs'] {
    const inputs: Derivation['inputs'] = { comparator: this.#cmp, target: this.#t, actual: this.#rawA, weight: this.#w };
    const targetText = this.targetText();
    const actualText = this.actualText();
    if (targetText !== null) inputs.target_text = targetText;
    if (actualText !== null) inputs.actual_text = actualText;
    return inputs;
  }

  /** The 指标值 as written when reading it took more than a plain number (0.32亿元 on a 万元 row); null here. */
  protected targetText(): string | null {
    return null;
  }

  /** The 完成值 as written when reading it took more than a plain number (42万元, 达到92%, −6% under a decrease). */
  protected actualText(): string | null {
    return null;
  }

  protected spellRule(): string {
    const cmp = this.#cmp;
    if (cmp === '<=' || cmp === '<') return REVERSE_RULE;
    const rule = cmp === '=' ? EQUAL_RULE : FORWARD_RULE;
    const thr = this.#threshold;
    if (this.#branch === 'met-explain') return `${rule}；超额完成（A≥${f(thr)}T）须说明原因`;
    if (this.#branch === 'deducted') return `${rule}；超额扣分：A>${f(thr)}T 时得 (1−(A−${f(thr)}T)/T)×w`;
    return rule;
  }

  protected spellArithmetic(): string {
    const rawA = this.#rawA;
    const t = this.#t;
    const w = this.#w;
    const a = rawA < 0 && this.#branch !== 'signed-met' ? 0 : rawA;
    const raw = quantitativeRaw(this.#branch, this.#cmp, t, a, w, this.#threshold);
    const actualText = this.actualText();
    const targetText = this.targetText();
    const written = actualText === null ? '' : `完成值「${actualText}」`;
    const aText = rawA < 0 && this.#branch !== 'signed-met' ? `A=${f(rawA)}（${written === '' ? '' : `${written}，`}负数按0计）` : `A=${f(a)}${written === '' ? '' : `（${written}）`}`;
    const tText = targetText === null ? `T=${f(t)}` : `T=${f(t)}（指标值「${targetText}」）`;
    const head = `${aText}, ${tText}, w=${f(w)}`;
    switch (this.#branch) {
      case 'reverse-zero-target': return `${head} → T=0，${a <= 0 ? 'A≤0' : 'A>0'} → ${f(raw)}`;
      case 'reverse-met': return `${head} → A≤T → ${f(w)}`;
      case 'reverse-doubled': return `${head} → A≥2T → 0`;
      case 'reverse-partial': return `${head} → (1−(${f(a)}−${f(t)})/${f(t)})×${f(w)} = ${f(roundScore(raw))}`;
      case 'zero-target': return `${head} → T=0，${this.#cmp === '=' ? (a === 0 ? 'A=0' : 'A≠0') : 'A≥0'} → ${f(raw)}`;
      case 'met':
      case 'met-explain': return `${head} → A≥T → ${f(w)}`;
      case 'signed-met': return `${head} → 目标为负（变化幅度），A${this.#cmp === '<=' || this.#cmp === '<' ? '≤' : '≥'}T → ${f(w)}`;
      case 'deducted': {
        const thr = this.#threshold;
        return `${head} → A>${f(thr)}T → (1−(${f(a)}−${f(thr)}×${f(t)})/${f(t)})×${f(w)} = ${f(roundScore(raw))}`;
      }
      case 'partial': return `${head} → ${f(a)}/${f(t)}×${f(w)} = ${f(roundScore(raw))}`;
    }
  }
}

/**
 * A quantitative derivation whose target or actual was read from words or another unit: the clerk sees the cell as
 * written beside the number it was read as. A subclass, so the common row's derivation carries no slot for the text.
 */
export class WrittenQuantitativeDerivation extends QuantitativeDerivation {
  readonly #targetText: string | null;
  readonly #actualText: string | null;

  constructor(
    cmp: Exclude<Comparator, 'qualitative'>, t: number, rawA: number, w: number, branch: Branch, threshold: number,
    targetText: string | null, actualText: string | null,
  ) {
    super(cmp, t, rawA, w, branch, threshold);
    this.#targetText = targetText;
    this.#actualText = actualText;
  }

  protected override targetText(): string | null {
    return this.#targetText;
  }

  protected override actualText(): string | null {
    return this.#actualText;
  }
}

/**
 * One live instance of each derivation class. V8 drops an instance shape (hidden class) once no object of it
 * survives two major collections, and then deoptimizes every function compiled against it; a batch that keeps
 * no score between collections (scoring form after form) would pay a deoptimization and recompilation of the
 * whole scoring path after each of them. These instances keep the shapes alive for the life of the process.
 * Their numbers are fractions so each numeric field starts as a double: an instance holding a whole number
 * fits that shape, while one built first from whole numbers would make a later fraction change the shape.
 */
export const KEPT_DERIVATION_SHAPES: readonly DeferredDerivation[] = [
  new QuantitativeDerivation('>=', 0.5, 0.5, 0.5, 'met', 0.5),
  new WrittenQuantitativeDerivation('>=', 0.5, 0.5, 0.5, 'met', 0.5, '0.5', '0.5'),
  new QualitativeDerivation('合格', '合格', 0.5, 'band-default', 0.5, '达成', false, false, DEFAULT_POLICY),
  new ManualDerivation('>=', '0.5', '0.5', 0.5, '按评分说明计分', 0.5, false),
  new DeadlineDerivation('2024年12月', '2024年12月', 0.5, 0.5),
  new BudgetDerivation(0.5, 0.5, false, false, 0.5, 0.5),
];
