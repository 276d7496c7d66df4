import { saysNone } from '../../scoring/band-words';
import { foldWidth } from '../../values/normalize-text';
import { compileFormula, type BinaryOp, type CompiledFormula, type FormulaNode } from './compile-formula';
import { isYesNoInput, readInputValue, typedAsRateWords, YES_NO_HINT } from './read-input-value';

/** Named inputs: numbers, or text as entered (「95%」「1,200万元」), read by readInputValue. */
export type FormulaInputs = Readonly<Record<string, number | string | null | undefined>>;
/** notes: how a part of the formula was read that the bare arithmetic does not show (a 0 ÷ 0 part not applicable). */
export type EvaluateResult = { ok: true; value: number; notes?: string[] } | { ok: false; issues: string[] };

interface Context {
  inputs: FormulaInputs;
  issues: string[];
  notes: string[];
  /** +1 while the node adds to the result, −1 while it is taken off (right of a minus, under a unary minus). */
  polarity: 1 | -1;
}

/**
 * Evaluates a compiled formula over named inputs. Failures (a missing input, division by
 * zero, a result that is not a finite number) come back as Chinese issues, never as
 * Infinity, NaN or an exception.
 */
export function evaluateFormula(formula: CompiledFormula, inputs: FormulaInputs): EvaluateResult {
  const ctx: Context = { inputs, issues: [], notes: [], polarity: 1 };
  const value = evalNode(formula.root, ctx);
  if (ctx.issues.length > 0) return { ok: false, issues: ctx.issues };
  if (!Number.isFinite(value)) return { ok: false, issues: [`公式「${formula.source}」的结果不是有效数字；请检查输入项。`] };
  return { ok: true, value: value === 0 ? 0 : value, ...(ctx.notes.length > 0 ? { notes: ctx.notes } : {}) };
}

/** Compiles and evaluates in one step, for one-off use. */
export function evaluateExpression(source: string, inputs: FormulaInputs): EvaluateResult {
  const c = compileFormula(source);
  return c.ok ? evaluateFormula(c.formula, inputs) : c;
}

function fail(ctx: Context, message: string): number {
  if (!ctx.issues.includes(message)) ctx.issues.push(message);
  return NaN;
}

function evalNode(node: FormulaNode, ctx: Context): number {
  switch (node.type) {
    case 'num':
      return node.value;
    case 'var': {
      // Own properties only: an input named like a prototype member must not reach it.
      if (!Object.prototype.hasOwnProperty.call(ctx.inputs, node.name)) {
        return fail(ctx, `公式中的输入项「${node.name}」没有提供；请填写该项数值或检查名称是否写错。`);
      }
      const v = ctx.inputs[node.name];
      const n = readInputValue(v, node.name);
      if (n != null) return n;
      if (isYesNoInput(node.name)) {
        return fail(ctx, `输入项「${node.name}」是「是/否」项，${typeof v === 'string' && v.trim() !== '' ? `「${v.length > 40 ? `${v.slice(0, 40)}…` : v}」无法识别` : '没有有效的值'}；${YES_NO_HINT}。`);
      }
      // 无 / 未发现 typed for a count or an amount (发现次数, 违规起数, 执行数) says none: 0, as scoring reads a 完成值.
      // For a rate (满意度, 执行率) it says there is no figure, which stays an issue.
      if (typeof v === 'string' && !RATE_NAME.test(node.name) && saysNone(foldWidth(v).trim())) return 0;
      return fail(ctx, typeof v === 'string' && v.trim() !== ''
        ? `输入项「${node.name}」的值「${v.length > 40 ? `${v.slice(0, 40)}…` : v}」不是数值；请填写数值（可带单位，如 95%、1,200万元）。`
        : `输入项「${node.name}」不是有效数字；请填写数值。`);
    }
    case 'unary': {
      const a = node.op === '-' ? flipped(ctx, () => evalNode(node.arg, ctx)) : evalNode(node.arg, ctx);
      return node.op === '-' ? -a : node.op === '+' ? a : a === 0 ? 1 : 0;
    }
    case 'cond': {
      const t = evalNode(node.test, ctx);
      if (t !== t) return NaN;
      return t !== 0 ? evalNode(node.then, ctx) : evalNode(node.else, ctx);
    }
    case 'binary':
      return evalBinary(node, ctx);
    case 'call':
      return evalCall(node, ctx);
  }
}

/**
 * True when a node's value is a rate typed with a percent sign (「92%」 reads as 92, percentage points), so a
 * percentage written in the formula beside it (执行率 ≥ 90%, 执行率 ÷ 95%) must be read in points too, not as 0.9.
 */
function inPoints(node: FormulaNode, ctx: Context): boolean {
  switch (node.type) {
    case 'var': {
      if (!Object.prototype.hasOwnProperty.call(ctx.inputs, node.name)) return false;
      const v = ctx.inputs[node.name];
      return typeof v === 'string' && (POINTS_TEXT.test(v) || typedAsRateWords(v));
    }
    case 'unary': return node.op !== '!' && inPoints(node.arg, ctx);
    case 'binary': {
      if (node.op === '+' || node.op === '-') return inPoints(node.left, ctx) || inPoints(node.right, ctx);
      // 5 × 利用率 or 利用率 ÷ 2 is still in points: a plain factor scales the rate, it does not change its scale.
      const scaled = scaledRate(node);
      return scaled !== null && inPoints(scaled, ctx);
    }
    case 'call':
      if (node.fn === 'if') return inPoints(node.args[1]!, ctx) && inPoints(node.args[2]!, ctx);
      return node.fn === 'min' || node.fn === 'max' ? node.args.some((a) => inPoints(a, ctx)) : inPoints(node.args[0]!, ctx);
    case 'cond': return inPoints(node.then, ctx) && inPoints(node.else, ctx);
    default: return false;
  }
}

const POINTS_TEXT = /(?:[%％﹪]|百分点)[\s\u3000]*$/;

// Inputs named as rates or shares: 执行率, 满意度, 完成比例, 占比.
const RATE_NAME = /(?:率|度|比例|占比|比重)$/;
const PLAIN_NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?$/;

/** The value of an input typed as a bare number (90, 0.9, 「90」: no %, no unit), else null. */
function bareInput(node: FormulaNode, ctx: Context): number | null {
  if (node.type !== 'var' || !Object.prototype.hasOwnProperty.call(ctx.inputs, node.name)) return null;
  const v = ctx.inputs[node.name];
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v !== 'string') return null;
  const s = foldWidth(v).replace(/[\s\u3000]+/g, '');
  return s !== '' && PLAIN_NUMBER.test(s) ? readInputValue(s) : null;
}

/**
 * A bare rate reads as a fraction (0.9 for 90%, 1.5 for an over-achieved 150%) up to 2, else in points (90, 5 for 5%):
 * a rate in points at or below 2% beside a threshold is far rarer in scoring than a fraction above 100%.
 */
function looksFraction(v: number): boolean {
  return v !== 0 && Math.abs(v) <= 2;
}

/** The written number of a plain literal (95, −0.95: no %), else null. */
function plainFigure(node: FormulaNode): number | null {
  if (node.type === 'num') return node.percent === undefined ? node.value : null;
  if (node.type === 'unary' && node.op !== '!') {
    const inner = plainFigure(node.arg);
    return inner === null ? null : node.op === '-' ? -inner : inner;
  }
  return null;
}

/**
 * One side of a comparison or a division, on the scale of the other side. A `%` literal beside a rate in points is
 * its written number (90), else its value (0.9); a rate input typed bare is in points unless it looks like a fraction.
 * A rate input beside a plain literal follows the literal's scale: 90% or 90 beside 0.95 is 0.9, and a bare 0.9
 * under a name that marks a rate (执行率) beside 95 is 90 — what a reviewer reads the clerk to mean.
 */
function evalBeside(node: FormulaNode, other: FormulaNode, ctx: Context, op: BinaryOp): number {
  const figure = percentFigure(node);
  if (figure !== null) {
    if (inPoints(other, ctx)) return figure;
    const bare = bareInput(other, ctx);
    return bare !== null && bare !== 0 && !looksFraction(bare) ? figure : evalNode(node, ctx);
  }
  const value = evalNode(node, ctx);
  const n = plainFigure(other);
  if (value === value && n === null && fractionBesidePoints(node, other, ctx)) return value * 100;
  if (value !== value || n === null || n === 0 || node.type !== 'var') return value;
  // 1 − 偏离度: beside a sum or difference with 1, a rate is a fraction (5% is 0.05), as 1 − 5 means nothing; and
  // 执行率 >= 1 compares a rate with 100%, not with one percentage point.
  const fractionLiteral = Math.abs(n) < 1 || (Math.abs(n) === 1 && (op === '+' || op === '-' || (COMPARISON.has(op) && RATE_NAME.test(node.name))));
  if (inPoints(node, ctx)) return fractionLiteral ? value / 100 : value;
  if (!RATE_NAME.test(node.name) || bareInput(node, ctx) === null) return value;
  if (fractionLiteral) return value !== 0 && !looksFraction(value) ? value / 100 : value;
  return Math.abs(n) >= 10 && looksFraction(value) ? value * 100 : value;
}

/**
 * Two rates side by side, one typed as a fraction (执行率 0.45) and the other with % or in words (序时进度 50%): the
 * fraction is read in points, as a clerk who types 0.45 beside 50% means 45% — the scale rule that a literal sets
 * (evalBeside) applied to another rate input. Two fractions, two bare figures and amounts stay as typed.
 */
function fractionBesidePoints(node: FormulaNode, other: FormulaNode, ctx: Context): boolean {
  const rate = rateInput(node);
  const peer = rateInput(other);
  if (rate === null || peer === null) return false;
  // A change (变化率 1 beside 3%) is as often 1% as 100%: only a level rate typed as a fraction is read in points.
  if (CHANGE_NAME.test(rate.name)) return false;
  const mine = bareInput(rate, ctx);
  // Only beside a rate typed with % or in words: two bare figures (1 and 3) say nothing of which scale is meant.
  return mine !== null && looksFraction(mine) && inPoints(peer, ctx);
}

const CHANGE_NAME = /变化|变动|增长|增幅|增速|下降|降幅|压减|减少|增加|提高|降低|上升/;

/** The rate input a node is a plain multiple of (执行率, 10 × 执行率, 执行率 ÷ 2), else null. */
function rateInput(node: FormulaNode): Extract<FormulaNode, { type: 'var' }> | null {
  const inner = node.type === 'binary' ? scaledRate(node) : node;
  if (inner === null) return null;
  if (inner.type === 'var') return RATE_NAME.test(inner.name) ? inner : null;
  return inner.type === 'binary' ? rateInput(inner) : null;
}

/** The other side of a product with a plain figure, or of a quotient by one (10 × x, x × 10, x ÷ 2 → x), else null. */
function scaledRate(node: Extract<FormulaNode, { type: 'binary' }>): FormulaNode | null {
  if (node.op === '*') return plainFigure(node.left) !== null ? node.right : plainFigure(node.right) !== null ? node.left : null;
  return node.op === '/' && plainFigure(node.right) !== null ? node.left : null;
}

/** The figure of a `%` literal, signed (−90 for −90%), or null for anything else. */
function percentFigure(node: FormulaNode): number | null {
  if (node.type === 'num') return node.percent ?? null;
  if (node.type === 'unary' && node.op !== '!') {
    const inner = percentFigure(node.arg);
    return inner === null ? null : node.op === '-' ? -inner : inner;
  }
  return null;
}

const SAME_SCALE: ReadonlySet<string> = new Set(['+', '-', '/', '<', '<=', '>', '>=', '==', '!=']);
const COMPARISON: ReadonlySet<string> = new Set(['<', '<=', '>', '>=', '==', '!=']);

function evalBinary(node: Extract<FormulaNode, { type: 'binary' }>, ctx: Context): number {
  if (node.op === '&&' || node.op === '||') {
    const l = evalNode(node.left, ctx);
    if (l !== l) return NaN;
    if (node.op === '&&' ? l === 0 : l !== 0) return node.op === '&&' ? 0 : 1;
    const r = evalNode(node.right, ctx);
    return r !== r ? NaN : r !== 0 ? 1 : 0;
  }
  const same = SAME_SCALE.has(node.op);
  const a = same ? evalBeside(node.left, node.right, ctx, node.op) : evalNode(node.left, ctx);
  const right = () => (same ? evalBeside(node.right, node.left, ctx, node.op) : evalNode(node.right, ctx));
  const b = node.op === '-' ? flipped(ctx, right) : right();
  if (a !== a || b !== b) return NaN;
  switch (node.op) {
    case '+': return a + b;
    case '-': return a - b;
    case '*': return a * b;
    case '/':
      if (a === 0 && b === 0) return notApplicable(node, ctx);
      return b === 0 ? fail(ctx, '公式中出现除以零；请检查作分母的输入项（如预算数、总数）是否为 0。') : a / b;
    case '%':
      return b === 0 ? fail(ctx, '公式中出现对零取余；请检查输入项。') : a % b;
    case '**': {
      const p = a ** b;
      return Number.isFinite(p) ? p : fail(ctx, '公式中的乘方结果无效（过大或对负数开方）；请检查输入项。');
    }
    case '<': return a < b ? 1 : 0;
    case '<=': return a <= b ? 1 : 0;
    case '>': return a > b ? 1 : 0;
    case '>=': return a >= b ? 1 : 0;
    case '==': return a === b ? 1 : 0;
    case '!=': return a !== b ? 1 : 0;
    default: return fail(ctx, `不支持的运算符「${node.op}」。`);
  }
}

function flipped(ctx: Context, run: () => number): number {
  ctx.polarity = ctx.polarity === 1 ? -1 : 1;
  try {
    return run();
  } finally {
    ctx.polarity = ctx.polarity === 1 ? -1 : 1;
  }
}

/**
 * 0 ÷ 0 is a part that does not apply (no 专项债券 budgeted and none spent; no projects to get wrong): it is not
 * marked down. A part that adds to the score counts as met (1), a part taken off (4 − 未履行数 ÷ 总数 × 4) as
 * nothing found (0). A non-zero amount over 0 stays an error: something was spent against no budget.
 */
function notApplicable(node: Extract<FormulaNode, { type: 'binary' }>, ctx: Context): number {
  const names = [node.left, node.right].map((n) => (n.type === 'var' ? `「${n.name}」` : '')).filter(Boolean);
  const what = names.length === 2 ? `${names[0]} ÷ ${names[1]}` : '一项除法';
  const note = `${what}为 0 ÷ 0，按不适用计（${ctx.polarity === 1 ? '该部分按达标计' : '该部分不扣分'}）`;
  if (!ctx.notes.includes(note)) ctx.notes.push(note);
  return ctx.polarity === 1 ? 1 : 0;
}

function evalCall(node: Extract<FormulaNode, { type: 'call' }>, ctx: Context): number {
  if (node.fn === 'if') {
    const t = evalNode(node.args[0]!, ctx);
    if (t !== t) return NaN;
    return evalNode(node.args[t !== 0 ? 1 : 2]!, ctx);
  }
  const v: number[] = [];
  // min(1, 执行率 ÷ 95%) aside, min/max/clamp compare their arguments: a `%` literal among rates in points is in points.
  const points = (node.fn === 'min' || node.fn === 'max' || node.fn === 'clamp') && node.args.some((a) => {
    if (inPoints(a, ctx)) return true;
    const bare = bareInput(a, ctx);
    return bare !== null && bare !== 0 && !looksFraction(bare);
  });
  for (const a of node.args) {
    const figure = points ? percentFigure(a) : null;
    const x = figure !== null ? figure : evalNode(a, ctx);
    if (x !== x) return NaN;
    v.push(x);
  }
  switch (node.fn) {
    case 'min': return Math.min(...v);
    case 'max': return Math.max(...v);
    case 'abs': return Math.abs(v[0]!);
    case 'floor': return Math.floor(v[0]!);
    case 'ceil': return Math.ceil(v[0]!);
    case 'round': {
      const digits = v.length > 1 ? Math.max(0, Math.min(10, Math.trunc(v[1]!))) : 0;
      const k = 10 ** digits;
      const y = v[0]! * k * (1 + 1e-12);
      return (v[0]! >= 0 ? Math.round(y) : -Math.round(-y)) / k;
    }
    case 'clamp': {
      const [x, lo, hi] = v as [number, number, number];
      if (lo > hi) return fail(ctx, `clamp 的下限 ${lo} 大于上限 ${hi}；请交换两者。`);
      return Math.min(Math.max(x, lo), hi);
    }
  }
}
