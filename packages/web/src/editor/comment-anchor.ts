/** A row comment as the server lists it: the row number and, since migration 10, the row's name then. */
export interface RowComment {
  indicator?: number | null;
  row?: number | null;
  indicator_name?: string | null;
  /** The workflow step the comment went with (the 退回 it was a reason of); null while its round is open. */
  review_id?: number | null;
  /** Set on the unit's own answers (修改说明), which are not reviewers' comments on the row. */
  reply?: string | null;
}

export interface CommentAnchor {
  /** The row the comment is about in the form as it is now, or null for a whole-form comment. */
  row: number | null;
  /** The indicator's name as the reviewer saw it, when stored. */
  name: string | null;
  /** The named indicator is no longer in the form (renamed or deleted): the row is the comment's old number. */
  lost: boolean;
}

/**
 * Where a comment sits in the rows being edited. The reviewer wrote it on an indicator, not a
 * position: rows inserted or moved above it change its number, so it follows its name (the
 * occurrence nearest its old number when names repeat) and falls back to the number only when
 * there is no name to follow.
 */
export function commentAnchor(c: RowComment, indicators: ReadonlyArray<{ name: string }>): CommentAnchor {
  const ordinal = c.indicator ?? c.row ?? null;
  if (ordinal === null) return { row: null, name: null, lost: false };
  const name = c.indicator_name?.trim() || null;
  if (name === null) return { row: ordinal < indicators.length ? ordinal : null, name, lost: false };
  let best: number | null = null;
  indicators.forEach((ind, i) => {
    if (ind.name.trim() === name && (best === null || Math.abs(i - ordinal) < Math.abs(best - ordinal))) best = i;
  });
  if (best !== null) return { row: best, name, lost: false };
  return { row: ordinal < indicators.length ? ordinal : null, name, lost: true };
}

/** The banner's label of a comment: 第 5 行「学员满意度」, 整表, or the old place of an indicator no longer found. */
export function commentPlace(c: RowComment, indicators: ReadonlyArray<{ name: string }>): string {
  const ordinal = c.indicator ?? c.row ?? null;
  if (ordinal === null) return '整表';
  const a = commentAnchor(c, indicators);
  if (a.lost) return `原第 ${ordinal + 1} 行「${a.name}」（该指标已改名或删除）`;
  if (a.row === null) return `原第 ${ordinal + 1} 行`;
  return a.name ? `第 ${a.row + 1} 行「${a.name}」` : `第 ${a.row + 1} 行`;
}

/** Reviewers' comment texts per row of the form as it is now, for the tables' marks (one entry per comment). */
export function commentsByRow<C extends RowComment>(comments: readonly C[], indicators: ReadonlyArray<{ name: string }>, text: (c: C) => string): Map<number, string[]> {
  const byRow = new Map<number, string[]>();
  for (const c of comments) {
    if (c.reply != null) continue;
    const { row, lost } = commentAnchor(c, indicators);
    // A lost indicator's old number now holds another indicator: nothing there is marked.
    if (row === null || lost) continue;
    byRow.set(row, [...(byRow.get(row) ?? []), text(c)]);
  }
  return byRow;
}

/** The rows a clerk answering a 退回 is shown as commented: that round's comments, only while the form is returned. */
export function returnedRowComments<C extends RowComment>(comments: readonly C[], status: string | undefined, indicators: ReadonlyArray<{ name: string }>, text: (c: C) => string): Map<number, string[]> {
  return status === 'returned' ? commentsByRow(latestRound(comments), indicators, text) : new Map();
}

/**
 * The comments the clerk is fixing now: those of the latest step (the 退回 that sent the form back) and any written
 * since. Earlier rounds were answered by a resubmission; marking their rows again would point at settled rows.
 */
export function latestRound<C extends RowComment>(comments: readonly C[]): C[] {
  let latest: number | null = null;
  for (const c of comments) if (c.review_id != null && (latest === null || c.review_id > latest)) latest = c.review_id;
  return comments.filter((c) => c.review_id == null || c.review_id === latest);
}
