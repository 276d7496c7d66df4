import { ReadFailure } from './read-limits';

export interface XmlHandlers {
  open(name: string, attrs: Record<string, string>, selfClosing: boolean): void;
  close(name: string): void;
  text(text: string): void;
}

export interface XmlScanOptions {
  maxDepth: number;
  /** Names the part in messages ("word/document.xml"). */
  part: string;
  fileName: string;
}

/**
 * A small streaming XML scanner for OOXML parts. It never expands entities beyond the five
 * predefined ones and character references, refuses any DTD (so no billion-laughs or external
 * entities), and counts depth instead of recursing, so hostile nesting fails with a message
 * rather than a stack overflow.
 */
export function scanXml(xml: string, handlers: XmlHandlers, options: XmlScanOptions): void {
  const fail = (code: string, why: string) =>
    new ReadFailure(code, `文件“${options.fileName}”的内部内容（${options.part}）${why}，无法读取。请用 Word/Excel 打开后另存再导入。`);
  const n = xml.length;
  let i = 0;
  let depth = 0;
  while (i < n) {
    const lt = xml.indexOf('<', i);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > i) {
      if (depth > 0) handlers.text(decodeEntities(xml.slice(i, textEnd)));
      if (lt < 0) break;
    }
    i = lt;
    const next = xml.charCodeAt(i + 1);
    if (next === 0x3f /* ? */) {
      const end = xml.indexOf('?>', i + 2);
      if (end < 0) throw fail('xml-corrupt', '不完整');
      i = end + 2;
      continue;
    }
    if (next === 0x21 /* ! */) {
      if (xml.startsWith('<!--', i)) {
        const end = xml.indexOf('-->', i + 4);
        if (end < 0) throw fail('xml-corrupt', '不完整');
        i = end + 3;
        continue;
      }
      if (xml.startsWith('<![CDATA[', i)) {
        const end = xml.indexOf(']]>', i + 9);
        if (end < 0) throw fail('xml-corrupt', '不完整');
        if (depth > 0) handlers.text(xml.slice(i + 9, end));
        i = end + 3;
        continue;
      }
      throw fail('xml-dtd', '含有文档类型声明（DTD/实体定义），出于安全原因不予处理');
    }
    if (next === 0x2f /* / */) {
      const end = xml.indexOf('>', i + 2);
      if (end < 0) throw fail('xml-corrupt', '不完整');
      handlers.close(xml.slice(i + 2, end).trim());
      depth--;
      if (depth < 0) throw fail('xml-corrupt', '结构错误');
      i = end + 1;
      continue;
    }
    const end = findTagEnd(xml, i + 1);
    if (end < 0) throw fail('xml-corrupt', '不完整');
    const selfClosing = xml.charCodeAt(end - 1) === 0x2f;
    const body = xml.slice(i + 1, selfClosing ? end - 1 : end);
    const ws = body.search(/[\s]/);
    const name = ws < 0 ? body : body.slice(0, ws);
    const attrs = ws < 0 ? EMPTY : parseAttrs(body.slice(ws));
    if (!selfClosing) {
      depth++;
      if (depth > options.maxDepth) {
        throw new ReadFailure(
          'xml-too-deep',
          `文件“${options.fileName}”的内部内容（${options.part}）嵌套超过 ${options.maxDepth} 层，不像正常文档，已拒绝导入。`,
        );
      }
    }
    handlers.open(name, attrs, selfClosing);
    if (selfClosing) handlers.close(name);
    i = end + 1;
  }
  if (depth > 0) throw fail('xml-corrupt', '不完整');
}

const EMPTY: Record<string, string> = Object.freeze({}) as Record<string, string>;

function findTagEnd(xml: string, from: number): number {
  let quote = 0;
  for (let j = from; j < xml.length; j++) {
    const c = xml.charCodeAt(j);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 0x22 || c === 0x27) quote = c;
    else if (c === 0x3e) return j;
  }
  return -1;
}

const ATTR = /([^\s=]+)\s*=\s*("([^"]*)"|'([^']*)')/g;

function parseAttrs(s: string): Record<string, string> {
  const out: Record<string, string> = {};
  ATTR.lastIndex = 0;
  for (let m = ATTR.exec(s); m; m = ATTR.exec(s)) {
    out[m[1]!] = decodeEntities(m[3] ?? m[4] ?? '');
  }
  return out;
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeEntities(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return NAMED[ref] ?? whole;
  });
}

export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlChild[];
}
export type XmlChild = XmlNode | string;

/** The whole part as a tree, for the nested structures of document.xml; capped in elements. */
export function parseXmlTree(xml: string, options: XmlScanOptions & { maxNodes: number; textIn?: ReadonlySet<string> }): XmlNode {
  const root: XmlNode = { name: '#document', attrs: {}, children: [] };
  const stack: XmlNode[] = [root];
  let count = 0;
  scanXml(
    xml,
    {
      open(name, attrs) {
        if (++count > options.maxNodes) {
          throw new ReadFailure('xml-too-large', `文件“${options.fileName}”的内部内容（${options.part}）元素超过 ${options.maxNodes} 个，超出可导入的规模。请拆分文件后再导入。`);
        }
        const node: XmlNode = { name, attrs, children: [] };
        stack[stack.length - 1]!.children.push(node);
        stack.push(node);
      },
      close() {
        if (stack.length > 1) stack.pop();
      },
      text(text) {
        // Callers that only read text inside some elements (w:t) skip the rest: less garbage.
        const top = stack[stack.length - 1]!;
        if (!options.textIn || options.textIn.has(top.name)) top.children.push(text);
      },
    },
    options,
  );
  return root;
}

export function childElements(node: XmlNode, name?: string): XmlNode[] {
  const out: XmlNode[] = [];
  for (const c of node.children) if (typeof c !== 'string' && (name === undefined || c.name === name)) out.push(c);
  return out;
}

export function firstChild(node: XmlNode, name: string): XmlNode | undefined {
  for (const c of node.children) if (typeof c !== 'string' && c.name === name) return c;
  return undefined;
}

/** All descendant text, without recursion (deep trees are allowed up to maxDepth). */
export function textContent(node: XmlNode): string {
  let out = '';
  const stack: XmlChild[] = [node];
  while (stack.length) {
    const c = stack.pop()!;
    if (typeof c === 'string') out += c;
    else for (let k = c.children.length - 1; k >= 0; k--) stack.push(c.children[k]!);
  }
  return out;
}
