// Boxes a form prints in front of each option: ticked (☑ ☒ ■ √ …) or left open (□ ☐ …). Word's
// Wingdings / Wingdings 2 tick boxes arrive here already mapped to these characters (read/symbol-font.ts).
// Circles (● ○) stay out: they mark outline items (indicator-outline.ts) more often than radio buttons.
const TICKED = '☑☒✅✓✔√■▣';
const OPEN = '□☐◻❑';
const MARKS = `${TICKED}${OPEN}`;
// An option is a short word after its box: no digits, so a list of amounts or a bulleted sentence is no choice.
const OPTION = new RegExp(`([${MARKS}])[\\s\\u3000]*([^${MARKS}\\s\\u3000\\d]{1,8})`, 'gu');
const WHOLE = new RegExp(`^[\\s\\u3000]*(?:[${MARKS}][\\s\\u3000]*[^${MARKS}\\s\\u3000\\d]{1,8}[\\s\\u3000]*){2,}$`, 'u');

/**
 * A cell that offers options with a box in front of each (`☑正向 □反向 □定性`, one a line or on one
 * line) says the option ticked: that is what the clerk filled in, as a `<select>`'s chosen option is.
 * Several ticked stay together (、); none ticked is an empty cell. Any other text comes back as it is:
 * a cell of one boxed word is a bullet, not a choice among options.
 */
export function readTickBoxes(text: string): string {
  if (!WHOLE.test(text)) return text;
  const options = [...text.matchAll(OPTION)].map((m) => ({ ticked: TICKED.includes(m[1]!), word: m[2]! }));
  if (!options.some((o) => !o.ticked)) return text;
  return options.filter((o) => o.ticked).map((o) => o.word).join('、');
}
