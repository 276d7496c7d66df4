/** Where a reviewer types a comment on the review page: an indicator row (its ordinal) or the whole form. */
export type DraftKey = number | 'form';

/**
 * The comments a reviewer has typed and not yet added, one per box: each row's popover and the 整表意见 box keep their
 * own text, so starting a note on another row (or on the whole form) no longer empties the one begun before.
 */
export function withDraft(drafts: ReadonlyMap<DraftKey, string>, key: DraftKey, text: string): Map<DraftKey, string> {
  const next = new Map(drafts);
  if (text === '') next.delete(key);
  else next.set(key, text);
  return next;
}

/** The boxes holding typed, not yet added text: rows in table order, then the whole form. */
export function unsentDrafts(drafts: ReadonlyMap<DraftKey, string>): DraftKey[] {
  const keys = [...drafts].filter(([, text]) => text.trim() !== '').map(([key]) => key);
  const rows = keys.filter((k): k is number => k !== 'form').sort((a, b) => a - b);
  return keys.includes('form') ? [...rows, 'form'] : rows;
}

const DECISION_TITLES = { return: '退回', approve: '审核通过', publish: '公开', unpublish: '撤回公开' } as const;

/**
 * What a decision says of comments typed but not added: they are not part of it (a 退回 sends only added 批注, and
 * nothing saves the text of a box), so the reviewer is told where they are before the decision goes ahead.
 */
export function unsentDraftsNote(keys: readonly DraftKey[], action: keyof typeof DECISION_TITLES): string | null {
  if (keys.length === 0) return null;
  const where = draftPlaces(keys);
  const fate = action === 'return' ? '不会随退回发给单位' : '不会保存';
  return `${where}已填写但还没有点「添加」，${fate}；如需保留，请先取消，添加后再${DECISION_TITLES[action]}。`;
}

/** Where typed, not yet added comments stand, as the reviewer reads them: 第 3 行批注、整表意见. */
export function draftPlaces(keys: readonly DraftKey[]): string {
  return keys.map((k) => (k === 'form' ? '整表意见' : `第 ${k + 1} 行批注`)).join('、');
}
