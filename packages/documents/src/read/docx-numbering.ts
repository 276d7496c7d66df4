import { type XmlNode, childElements, firstChild } from './scan-xml';

interface Level {
  start: number;
  format: string;
  text: string;
  suffix: string;
}

interface NumInstance {
  abstractId: string;
  startOverrides: Map<number, number>;
}

/**
 * Word's automatic list labels ("一、", "（一）", "1.") live in numbering.xml, not in the text;
 * 绩效 documents number their sections that way, and the form builder needs the labels to
 * find them. This replays the counters in document order, like Word does.
 */
export class DocxNumbering {
  private readonly abstracts = new Map<string, Map<number, Level>>();
  private readonly nums = new Map<string, NumInstance>();
  private readonly counters = new Map<string, number[]>();
  private readonly started = new Set<string>();

  constructor(root: XmlNode | undefined) {
    const numbering = root ? firstChild(root, 'w:numbering') : undefined;
    if (!numbering) return;
    for (const abs of childElements(numbering, 'w:abstractNum')) {
      const levels = new Map<number, Level>();
      for (const lvl of childElements(abs, 'w:lvl')) {
        const ilvl = Number(lvl.attrs['w:ilvl'] ?? 0);
        levels.set(ilvl, {
          start: Number(firstChild(lvl, 'w:start')?.attrs['w:val'] ?? 1),
          format: firstChild(lvl, 'w:numFmt')?.attrs['w:val'] ?? 'decimal',
          text: firstChild(lvl, 'w:lvlText')?.attrs['w:val'] ?? '',
          suffix: firstChild(lvl, 'w:suff')?.attrs['w:val'] ?? 'tab',
        });
      }
      this.abstracts.set(abs.attrs['w:abstractNumId'] ?? '', levels);
    }
    for (const num of childElements(numbering, 'w:num')) {
      const startOverrides = new Map<number, number>();
      for (const o of childElements(num, 'w:lvlOverride')) {
        const v = firstChild(o, 'w:startOverride')?.attrs['w:val'];
        if (v !== undefined) startOverrides.set(Number(o.attrs['w:ilvl'] ?? 0), Number(v));
      }
      this.nums.set(num.attrs['w:numId'] ?? '', { abstractId: firstChild(num, 'w:abstractNumId')?.attrs['w:val'] ?? '', startOverrides });
    }
  }

  /** The label of the next paragraph in list numId at level ilvl ('' for bullets and unknown lists). */
  next(numId: string, ilvl: number): string {
    const num = this.nums.get(numId);
    const levels = num ? this.abstracts.get(num.abstractId) : undefined;
    const level = levels?.get(ilvl);
    if (!num || !levels || !level || ilvl < 0 || ilvl > 8) return '';
    let counts = this.counters.get(num.abstractId);
    if (!counts) this.counters.set(num.abstractId, (counts = []));
    if (!this.started.has(numId)) {
      this.started.add(numId);
      for (const [l, v] of num.startOverrides) {
        counts[l] = v - 1;
        counts.length = Math.min(counts.length, l + 1);
      }
    }
    counts[ilvl] = (counts[ilvl] ?? (level.start - 1)) + 1;
    counts.length = ilvl + 1;
    if (level.format === 'bullet' || level.format === 'none') return '';
    const label = level.text.replace(/%([1-9])/g, (_, d: string) => {
      const l = Number(d) - 1;
      const lv = levels.get(l);
      const value = counts[l] ?? lv?.start ?? 1;
      return formatNumber(value, lv?.format ?? 'decimal');
    });
    if (!label) return '';
    if (level.suffix === 'nothing' || /[、.．)）:：]$/.test(label)) return label;
    return `${label} `;
  }
}

const CN_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

function chineseCounting(n: number): string {
  if (n <= 0 || n >= 100) return String(n);
  if (n < 10) return CN_DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens > 1 ? CN_DIGITS[tens] : ''}十${ones ? CN_DIGITS[ones] : ''}`;
}

function roman(n: number): string {
  const table: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [v, s] of table) while (n >= v) {
    out += s;
    n -= v;
  }
  return out;
}

function letters(n: number): string {
  const ch = String.fromCharCode(65 + ((n - 1) % 26));
  return ch.repeat(Math.floor((n - 1) / 26) + 1);
}

export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'chineseLegalSimplified':
    case 'ideographDigital':
    case 'japaneseCounting':
      return chineseCounting(n);
    case 'ideographTraditional':
      return '甲乙丙丁戊己庚辛壬癸'[(n - 1) % 10] ?? String(n);
    case 'lowerLetter':
      return letters(n).toLowerCase();
    case 'upperLetter':
      return letters(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperRoman':
      return roman(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2460 + n - 1) : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/\d/g, (d) => String.fromCodePoint(0xff10 + Number(d)));
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    default:
      return String(n);
  }
}
