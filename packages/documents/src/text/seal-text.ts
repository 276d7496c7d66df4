// The words a seal leaves in a scan's text layer when it is stamped over a table (已审核, （盖章）, 财务专用章).
const SEAL_TEXT = /^[（(]?(?:已审核|已审|审核|盖章|公章|签章|印章|(?:审核|财务|业务)?专用章)[）)]?$/;

/** Whether a cell holds only a seal's words: no field's text, wherever the stamp fell. */
export function isSealText(text: string): boolean {
  return SEAL_TEXT.test(text.replace(/[\s\u3000]+/g, ''));
}
