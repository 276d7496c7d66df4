import { type XmlNode, childElements, firstChild } from './scan-xml';
import { formatNumber } from './docx-numbering';

interface StyleFacts {
  parent?: string;
  /** text:display="none": Writer's hidden text (隐藏文字), not part of the shown document. */
  hidden?: boolean;
  /** A line-through: a revised draft's deleted words left crossed out, as the .docx reader treats them. */
  struck?: boolean;
  /** table:display="false" on a table style: a hidden sheet. */
  hiddenTable?: boolean;
}

interface ListLevel {
  format: string;
  prefix: string;
  suffix: string;
  displayLevels: number;
  start: number;
  /** LibreOffice's whole label template (`%1%、`, `（%1%）`), richer than prefix/suffix when present. */
  template?: string;
  bullet: boolean;
}

/**
 * The styles of an OpenDocument that change what text is shown: the automatic and common styles of
 * content.xml and styles.xml (or of a flat .fodt/.fods), merged by name, parents followed.
 */
export class OdfStyles {
  private readonly styles = new Map<string, StyleFacts>();
  private readonly lists = new Map<string, Map<number, ListLevel>>();

  add(root: XmlNode | undefined): void {
    if (!root) return;
    for (const doc of childElements(root)) {
      for (const group of childElements(doc)) {
        if (group.name === 'office:styles' || group.name === 'office:automatic-styles') this.addGroup(group);
      }
    }
  }

  private addGroup(group: XmlNode): void {
    for (const s of childElements(group)) {
      const name = s.attrs['style:name'];
      if (!name) continue;
      if (s.name === 'style:style') {
        const text = firstChild(s, 'style:text-properties');
        const table = firstChild(s, 'style:table-properties');
        const through = text?.attrs['style:text-line-through-style'];
        const facts: StyleFacts = {};
        if (s.attrs['style:parent-style-name']) facts.parent = s.attrs['style:parent-style-name'];
        if (text?.attrs['text:display'] === 'none') facts.hidden = true;
        if (through !== undefined) facts.struck = through !== 'none';
        if (table?.attrs['table:display'] === 'false') facts.hiddenTable = true;
        this.styles.set(name, facts);
      } else if (s.name === 'text:list-style') {
        const levels = new Map<number, ListLevel>();
        for (const l of childElements(s)) {
          const level = Number(l.attrs['text:level'] ?? 0);
          if (!Number.isInteger(level) || level < 1 || level > 10) continue;
          levels.set(level, {
            format: l.attrs['style:num-format'] ?? '',
            prefix: l.attrs['style:num-prefix'] ?? '',
            suffix: l.attrs['style:num-suffix'] ?? '',
            displayLevels: Math.max(1, Math.min(level, Number(l.attrs['text:display-levels'] ?? 1) || 1)),
            start: Number(l.attrs['text:start-value'] ?? 1) || 1,
            ...(l.attrs['loext:num-list-format'] ? { template: l.attrs['loext:num-list-format'] } : {}),
            bullet: l.name !== 'text:list-level-style-number',
          });
        }
        this.lists.set(name, levels);
      }
    }
  }

  /** A fact of the named style or the nearest ancestor that states it. */
  private fact<K extends keyof StyleFacts>(name: string | undefined, key: K): StyleFacts[K] | undefined {
    for (let depth = 0; name && depth < 16; depth++) {
      const s = this.styles.get(name);
      if (!s) return undefined;
      if (s[key] !== undefined) return s[key];
      name = s.parent;
    }
    return undefined;
  }

  /** Text in this style is not shown as the document's words (hidden, or struck through). */
  suppressed(name: string | undefined): boolean {
    return this.fact(name, 'hidden') === true || this.fact(name, 'struck') === true;
  }

  hiddenTable(name: string | undefined): boolean {
    return this.fact(name, 'hiddenTable') === true;
  }

  listLevel(style: string, level: number): ListLevel | undefined {
    return this.lists.get(style)?.get(level);
  }
}

/**
 * Writer's automatic list labels ("一、", "（一）", "1.") are not stored in content.xml: they follow from the
 * list style. This replays the counters in document order, per list style, as Writer numbers them.
 */
export class OdfListCounters {
  private readonly counts = new Map<string, number[]>();

  constructor(private readonly styles: OdfStyles) {}

  /** A list that neither continues an earlier one nor is nested starts its style's numbering again. */
  restart(style: string): void {
    this.counts.delete(style);
  }

  /** The label of the next item at 1-based level (empty for bullets and unknown styles). */
  next(style: string, level: number, startValue: number | undefined): string {
    const spec = this.styles.listLevel(style, level);
    if (!spec) return '';
    let counts = this.counts.get(style);
    if (!counts) this.counts.set(style, (counts = []));
    counts[level] = startValue !== undefined ? startValue : (counts[level] ?? spec.start - 1) + 1;
    counts.length = level + 1;
    if (spec.bullet || spec.format === '') return '';
    const shown = (l: number) => {
      const lv = this.styles.listLevel(style, l);
      return formatNumber(counts[l] ?? lv?.start ?? 1, numberFormat(lv?.format ?? '1'));
    };
    let label: string;
    if (spec.template) label = spec.template.replace(/%(\d+)%/g, (_m, d: string) => shown(Number(d)));
    else {
      const parts: string[] = [];
      for (let l = level - spec.displayLevels + 1; l <= level; l++) parts.push(shown(l));
      label = `${spec.prefix}${parts.join('.')}${spec.suffix}`;
    }
    if (!label.trim()) return '';
    return /[、.．)）:：]$/.test(label) ? label : `${label} `;
  }
}

/** ODF's style:num-format as the Word format name formatNumber knows. */
function numberFormat(format: string): string {
  if (format === 'a') return 'lowerLetter';
  if (format === 'A') return 'upperLetter';
  if (format === 'i') return 'lowerRoman';
  if (format === 'I') return 'upperRoman';
  if (format.startsWith('一')) return 'chineseCounting';
  if (format.startsWith('壹')) return 'chineseLegalSimplified';
  if (format.startsWith('甲')) return 'ideographTraditional';
  if (format.startsWith('①')) return 'decimalEnclosedCircle';
  if (format.startsWith('１')) return 'decimalFullWidth';
  return 'decimal';
}
