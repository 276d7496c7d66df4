/**
 * A saved page of an editable form (a budget system's 填报 screen) holds its values in form
 * controls: an input's value, a select's chosen option, a check box's tick. They become the text a reader sees;
 * hidden inputs, buttons and unchosen options are not shown, so not read.
 */
export function formControlsToText(src: string): string {
  if (!/<(input|select)\b/i.test(src)) return src;
  return src
    .replace(/<select\b[^>]*>([\s\S]*?)<\/select\s*>/gi, (_w, body: string) => {
      const options = [...body.matchAll(/<option\b([^>]*)>([\s\S]*?)(?=<option\b|<\/option|<\/select|$)/gi)];
      const chosen = options.find((o) => /\bselected\b/i.test(o[1]!)) ?? options[0];
      const text = chosen ? chosen[2]!.replace(/<[^>]*>/g, '').trim() : '';
      return /^(请选择|--+|—+|\s*)$/.test(text) ? '' : text;
    })
    .replace(/<input\b([^>]*)>/gi, (_w, attrs: string) => {
      const type = /\btype\s*=\s*["']?([a-z]+)/i.exec(attrs)?.[1]?.toLowerCase() ?? 'text';
      // A check box or radio button shows as a box, ticked or not: the cell's options are read as tick boxes.
      if (type === 'checkbox' || type === 'radio') return /\bchecked\b/i.test(attrs) ? '☑' : '□';
      if (!['text', 'number', 'tel', 'date', 'search', 'email', 'url'].includes(type)) return '';
      return /\bvalue\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attrs)?.slice(1).find((v) => v !== undefined) ?? '';
    });
}
