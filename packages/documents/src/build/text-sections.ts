import { trimText } from '@jixiao/core';
import type { FieldKey } from './field-labels';
import { isTextField, matchLabel, splitLabelPairs } from './field-labels';
import type { FormSink } from './form-sink';
import { splitOrgCode } from './form-sink';
import { isYearNote, stripEnumerator, yearOf } from './normalize-label';

type ListKey = 'sub_goals' | 'measures';

/**
 * Running text inside a form: a line naming a field (一、总体绩效目标) opens a section whose
 * paragraphs fill that field; in 分项绩效目标 / 工作保障措施 each numbered line starts an item
 * (（一）绩效目标：X → title X; (一) 完善制度建设。… → title before the first 。).
 * Paragraphs of one section are joined as written: page breaks split sentences mid-word.
 */
export class TextSectionReader {
  private section: FieldKey | null = null;

  constructor(private readonly sink: FormSink) {}

  /** Ends the current section (a table row or a new heading interrupts it). */
  close(): void {
    this.section = null;
  }

  readText(text: string, heading: number | null): void {
    const pairs = splitLabelPairs(trimText(text));
    if (pairs.length > 1) {
      for (const p of pairs) this.readText(p, heading);
      return;
    }
    const t = trimText(text);
    if (t === '') return;
    const m = matchLabel(t, this.sink.kind);
    if (m && m.value == null && m.key !== 'caption') {
      this.section = m.key;
      return;
    }
    const list = this.section === 'sub_goals' || this.section === 'measures' ? (this.section as ListKey) : null;
    if (list && stripEnumerator(t) !== t) {
      this.pushItem(list, stripEnumerator(t), heading != null);
      return;
    }
    if (heading != null) {
      if (m && m.value != null) this.sink.set(m.key, m.value);
      this.section = null;
      return;
    }
    if (list) {
      this.sink.appendToLastTitled(list, t);
      return;
    }
    if (this.section && isTextField(this.section)) {
      this.sink.append(this.section, t);
      return;
    }
    if (m && m.value != null) {
      this.sink.set(m.key, m.value);
      return;
    }
    const org = splitOrgCode(t);
    if (org && org.name.length <= 40 && !/[，。；]/.test(org.name)) {
      this.sink.setOrgCode(org.code!, org.name);
      return;
    }
    if (isYearNote(t) && this.sink.year == null) this.sink.year = yearOf(t);
  }

  private pushItem(list: ListKey, body: string, isHeading: boolean): void {
    const labelled = /^(?:绩效目标|目标|措施|保障措施|任务)[：:]\s*(.+)$/s.exec(body);
    if (labelled) {
      this.sink.pushTitled(list, labelled[1]!, '');
      return;
    }
    const stop = body.indexOf('。');
    if (!isHeading && stop > 0 && stop < body.length - 1) {
      this.sink.pushTitled(list, body.slice(0, stop), body.slice(stop + 1));
      return;
    }
    this.sink.pushTitled(list, body.replace(/。$/, ''), '');
  }
}
