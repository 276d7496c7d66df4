/** Where a JSON text first breaks: 1-based line and column (in characters), and what is wrong there, in Chinese. */
export type JsonSyntaxError = { offset: number; line: number; column: number; problem: string };

// Punctuation an input method puts in place of JSON's ASCII signs: the usual way a hand-edited file breaks.
const WIDE_PUNCTUATION: Record<string, string> = {
  '，': ',', '：': ':', '“': '"', '”': '"', '｛': '{', '｝': '}', '［': '[', '］': ']', '＂': '"', '‘': "'", '’': "'",
};

type Container = { kind: 'object' | 'array'; state: 'start' | 'key' | 'colon' | 'value' | 'comma' };

/**
 * The first place TEXT stops being JSON (RFC 8259), or null when it is valid JSON. One pass, no recursion:
 * `JSON.parse` reports a position only for some errors, and never a line, which is what a person fixing
 * a file by hand needs.
 */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  const stack: Container[] = [];
  let i = 0;
  let done = false; // the top-level value is complete
  const fail = (at: number, problem: string): JsonSyntaxError => ({ offset: at, ...lineColumn(text, at), problem });
  const skipBlanks = () => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  // After a value: the container above it expects a comma or its closing sign next.
  const valueEnded = () => {
    const top = stack[stack.length - 1];
    if (!top) done = true;
    else top.state = 'value';
  };
  for (;;) {
    skipBlanks();
    const top = stack[stack.length - 1];
    if (i >= text.length) {
      if (done) return null;
      return fail(i, text.trim() === '' ? '文件是空的' : '文件在此处提前结束（缺少后面的内容或右括号，可能被截断）');
    }
    const c = text[i]!;
    if (done) return fail(i, `JSON 已经结束，后面多出了内容${quoteChar(c)}`);
    if (top && (top.state === 'value')) {
      if (c === ',') { top.state = 'comma'; i++; continue; }
      if ((c === '}' && top.kind === 'object') || (c === ']' && top.kind === 'array')) { stack.pop(); i++; valueEnded(); continue; }
      return fail(i, wide(c) ?? `这里缺少逗号或${top.kind === 'object' ? '右花括号 }' : '右方括号 ]'}${quoteChar(c)}`);
    }
    if (top?.kind === 'object' && (top.state === 'start' || top.state === 'comma')) {
      if (c === '}' && top.state === 'start') { stack.pop(); i++; valueEnded(); continue; }
      if (c === '}') return fail(i, '右花括号 } 前多了一个逗号');
      if (/[0-9]/.test(c) && text[i - 1] === ',' && /[0-9]/.test(text[i - 2] ?? '')) return fail(i - 1, '数字不能带千分位逗号');
      if (c !== '"') return fail(i, wide(c) ?? `属性名要用英文双引号括起来${quoteChar(c)}`);
      const end = stringEnd(text, i);
      if (typeof end !== 'number') return fail(end.at, end.problem);
      i = end;
      top.state = 'key';
      continue;
    }
    if (top?.kind === 'object' && top.state === 'key') {
      if (c !== ':') return fail(i, wide(c) ?? `属性名后面缺少冒号 :${quoteChar(c)}`);
      top.state = 'colon';
      i++;
      continue;
    }
    if (top?.kind === 'array' && top.state === 'start' && c === ']') { stack.pop(); i++; valueEnded(); continue; }
    if (top?.kind === 'array' && top.state === 'comma' && c === ']') return fail(i, '右方括号 ] 前多了一个逗号');
    // A value is due here. At the very start, anything but JSON's opening signs is some other text.
    if (!top && !/[{["\-0-9tfn]/.test(c)) return fail(i, wide(c) ?? `文件内容不是 JSON：JSON 文件以 { 或 [ 开头${quoteChar(c)}`);
    if (c === '{' || c === '[') {
      stack.push({ kind: c === '{' ? 'object' : 'array', state: 'start' });
      i++;
      continue;
    }
    if (c === '"') {
      const end = stringEnd(text, i);
      if (typeof end !== 'number') return fail(end.at, end.problem);
      i = end;
      valueEnded();
      continue;
    }
    const literal = /^(?:true|false|null)(?![A-Za-z0-9_])/.exec(text.slice(i, i + 6));
    if (literal) { i += literal[0].length; valueEnded(); continue; }
    const number = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (number && !/[0-9A-Za-z.\u0080-\uffff]/.test(text[i + number[0].length] ?? '')) { i += number[0].length; valueEnded(); continue; }
    if (number || /[0-9.+-]/.test(c)) return fail(i, '数字写法不对（JSON 的数字不能带前导 0 或单位；带单位的值要加英文双引号写成字符串）');
    if (c === "'") return fail(i, '字符串要用英文双引号 " 括起来，不能用单引号');
    if (c === ',' || c === ']' || c === '}') return fail(i, `这里应当有一个值${quoteChar(c)}`);
    return fail(i, wide(c) ?? `这里应当是一个值（字符串要加英文双引号）${quoteChar(c)}`);
  }
}

/** Where the string opened at START ends (the index after its closing quote), or what breaks it. */
function stringEnd(text: string, start: number): number | { at: number; problem: string } {
  let i = start + 1;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x22) return i + 1;
    if (c === 0x5c) {
      const next = text[i + 1];
      if (next === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return { at: i, problem: '\\u 后面要跟四位十六进制数字' };
        i += 6;
        continue;
      }
      if (next !== undefined && '"\\/bfnrt'.includes(next)) { i += 2; continue; }
      return { at: i, problem: '反斜杠 \\ 后面的转义写法不对（路径里的 \\ 要写成 \\\\）' };
    }
    if (c === 0x0a || c === 0x0d) return { at: i, problem: '字符串没有结束就换行了（缺少右双引号，或字符串里的换行要写成 \\n）' };
    if (c < 0x20) return { at: i, problem: '字符串里有控制字符（制表符要写成 \\t）' };
    i++;
  }
  return { at: start, problem: '这个字符串没有结束（缺少右双引号，文件可能被截断）' };
}

function wide(c: string): string | null {
  const ascii = WIDE_PUNCTUATION[c];
  return ascii ? `这里用了中文标点「${c}」，JSON 要用英文的「${ascii}」` : null;
}

function quoteChar(c: string): string {
  return `，却是「${c}」`;
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let k = text.indexOf('\n'); k !== -1 && k < offset; k = text.indexOf('\n', k + 1)) {
    line++;
    lineStart = k + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
