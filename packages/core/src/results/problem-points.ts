/**
 * 问题整改 (use of results, 结果应用): the separate problems a self-evaluation's 存在问题 (or an evaluation's findings)
 * states, so that next year's target can answer each. Clerks number them in many ways — 1. / 1、 / （1） / ① / 一是 /
 * （一） / one per line / separated by ；— or write one sentence; a text that says there is none gives no point.
 */

// A point's lead: an Arabic or Chinese ordinal with its mark, a circled digit, or 一是/二是…; at the text's start
// or after a line break, a clause's end, a colon or a comma (一是…，二是…).
const ORDINAL = String.raw`(?:[（(]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[)）]|(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[、.．](?!\d)|[①-⑳]|(?:[一二三四五六七八九十]{1,3}|第[一二三四五六七八九十]{1,3})是)`;
const LEAD = new RegExp(String.raw`(?:^|(?<=[\n；;。!！?？：:，,]))\s*${ORDINAL}`, 'g');
const LEAD_AT_START = new RegExp(String.raw`^\s*${ORDINAL}[，,：:\s]*`);
// Words that say there was no problem (无, 暂无, 无明显问题, 不存在问题…), with closing punctuation.
const NOTHING = /^(?:无|暂无|没有|不存在|未发现)(?:明显|重大|突出)?(?:问题|不足)?[。.；;，,]*$|^\s*[-—/／]+\s*$|^(?:无|暂无)[。.；;]*$/;
// A heading the clerk wrote before the list (存在的问题： / 主要问题如下：).
const HEADING = /^(?:[^。；;：:\n]{0,12}(?:问题|不足)[^。；;：:\n]{0,6})[：:]\s*$/;

/** Splits a 存在问题 text into its points, each trimmed of its number and closing punctuation; [] when none. */
export function problemPoints(text: string | null | undefined): string[] {
  if (text == null) return [];
  const whole = text.replace(/\r\n?/g, '\n').trim();
  if (whole === '' || NOTHING.test(whole)) return [];
  const starts: number[] = [];
  for (const m of whole.matchAll(LEAD)) starts.push(m.index);
  let parts: string[];
  if (starts.length >= 2 || (starts.length === 1 && starts[0]! > 0)) {
    parts = [];
    // Text before the first number is the heading or a point of its own.
    if (starts[0]! > 0) parts.push(whole.slice(0, starts[0]));
    for (let k = 0; k < starts.length; k++) parts.push(stripLead(whole.slice(starts[k], starts[k + 1] ?? whole.length)));
  } else if (whole.includes('\n')) {
    parts = whole.split('\n').map((line) => stripLead(line));
  } else {
    parts = [stripLead(whole)];
  }
  return parts.map(clean).filter((p) => p !== '' && !HEADING.test(p) && !NOTHING.test(p));
}

function stripLead(s: string): string {
  const m = LEAD_AT_START.exec(s);
  return m ? s.slice(m[0].length) : s;
}

function clean(s: string): string {
  return s.replace(/\s+/g, ' ').trim().replace(/^[，,、：:；;]+/, '').replace(/[；;，,。\s]+$/, '').trim();
}
