import { compileFormula, type CompiledFormula, type FormulaNode } from './compile-formula';
import { readInputValue } from './read-input-value';

/** Named inputs: numbers, or text as entered (「95%」「1,200万元」), read by readInputValue. */
export type FormulaInputs = Readonly<Record<string, number | string | null | undefined>>;
export type EvaluateResult = { ok: true; value: number } | { ok: false; issues: string[] };

interface Context {
  inputs: FormulaInputs;
  issues: string[];
}

/**
 * Evaluates a compiled formula over named inputs. Failures (a missing input, division by
 * zero, a result that is not a finite number) come back as Chinese issues, never as
 * Infinity, NaN or an exception.
 */
export function evaluateFormula(formula: CompiledFormula, inputs: FormulaInputs): EvaluateResult {
  const ctx: Context = { inputs, issues: [] };
  const value = evalNode(formula.root, ctx);
  if (ctx.issues.length > 0) return { ok: false, issues: ctx.issues };
  if (!Number.isFinite(value)) return { ok: false, issues: [`公式「${formula.source}」的结果不是有效数字；请检查输入项。`] };
  return { ok: true, value: value === 0 ? 0 : value };
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
      const n = readInputValue(v);
      if (n != null) return n;
      return fail(ctx, typeof v === 'string' && v.trim() !== ''
        ? `输入项「${node.name}」的值「${v.length > 40 ? `${v.slice(0, 40)}…` : v}」不是数值；请填写数值（可带单位，如 95%、1,200万元）。`
        : `输入项「${node.name}」不是有效数字；请填写数值。`);
    }
    case 'unary': {
      const a = evalNode(node.arg, ctx);
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
      return typeof v === 'string' && POINTS_TEXT.test(v);
    }
    case 'unary': return node.op !== '!' && inPoints(node.arg, ctx);
    case 'binary': return (node.op === '+' || node.op === '-') && (inPoints(node.left, ctx) || inPoints(node.right, ctx));
    case 'call':
      if (node.fn === 'if') return inPoints(node.args[1]!, ctx) && inPoints(node.args[2]!, ctx);
      return node.fn === 'min' || node.fn === 'max' ? node.args.some((a) => inPoints(a, ctx)) : inPoints(node.args[0]!, ctx);
    case 'cond': return inPoints(node.then, ctx) && inPoints(node.else, ctx);
    default: return false;
  }
}

const POINTS_TEXT = /(?:[%％﹪]|百分点)[\s\u3000]*$/;

/** A `%` literal beside a rate in points: its written number (90), else its value (0.9). */
function evalBeside(node: FormulaNode, other: FormulaNode, ctx: Context): number {
  const figure = percentFigure(node);
  return figure !== null && inPoints(other, ctx) ? figure : evalNode(node, ctx);
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

function evalBinary(node: Extract<FormulaNode, { type: 'binary' }>, ctx: Context): number {
  if (node.op === '&&' || node.op === '||') {
    const l = evalNode(node.left, ctx);
    if (l !== l) return NaN;
    if (node.op === '&&' ? l === 0 : l !== 0) return node.op === '&&' ? 0 : 1;
    const r = evalNode(node.right, ctx);
    return r !== r ? NaN : r !== 0 ? 1 : 0;
  }
  const same = SAME_SCALE.has(node.op);
  const a = same ? evalBeside(node.left, node.right, ctx) : evalNode(node.left, ctx);
  const b = same ? evalBeside(node.right, node.left, ctx) : evalNode(node.right, ctx);
  if (a !== a || b !== b) return NaN;
  switch (node.op) {
    case '+': return a + b;
    case '-': return a - b;
    case '*': return a * b;
    case '/':
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

function evalCall(node: Extract<FormulaNode, { type: 'call' }>, ctx: Context): number {
  if (node.fn === 'if') {
    const t = evalNode(node.args[0]!, ctx);
    if (t !== t) return NaN;
    return evalNode(node.args[t !== 0 ? 1 : 2]!, ctx);
  }
  const v: number[] = [];
  // min(1, 执行率 ÷ 95%) aside, min/max/clamp compare their arguments: a `%` literal among rates in points is in points.
  const points = (node.fn === 'min' || node.fn === 'max' || node.fn === 'clamp') && node.args.some((a) => inPoints(a, ctx));
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
