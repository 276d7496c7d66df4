import type { GridCell } from './flatten-source';
import { isBlank } from './normalize-label';

interface Zone {
  start: number;
  end: number;
}

interface Claim {
  cell: GridCell;
  first: number;
  last: number;
}

/**
 * A report engine's export (帆软, 润乾) lays the page on a fine grid: every column boundary of the
 * page is a column, so a caption covers several narrow columns and the body's merges under it start
 * a column early or late, and differ from row to row. Each body cell then belongs to the caption
 * whose columns it overlaps most (`zones`: from one caption's column to the next's). A row whose
 * cells already start and end on caption boundaries, or whose cells cannot be told apart (two
 * cells over one caption, out of order), is returned unchanged.
 */
export function snapToCaptions(cells: GridCell[], captionTexts: string[]): GridCell[] {
  if (!cells.some((c) => c.span > 1)) return cells;
  const width = Math.max(captionTexts.length, ...cells.map((c) => c.start + c.span));
  const zones = captionZones(captionTexts, width);
  // A fine grid has captions over two or more columns; a plain table's captions each head one.
  if (zones.filter((z) => z.end - z.start >= 2).length < 2) return cells;
  const bounds = new Set(zones.flatMap((z) => [z.start, z.end]));
  const content = cells.filter((c) => !isBlank(c.text) || c.merged);
  if (content.every((c) => bounds.has(c.start) && bounds.has(c.start + c.span))) return cells;
  const claims: Claim[] = [];
  for (const cell of content) {
    const claim = claimOf(cell, zones, bounds);
    const prev = claims.at(-1);
    // An HTML rowspan leaves one covered cell per column: the columns of one merge, not two cells.
    if (prev && claim.first === prev.last && isCoveredCell(cell) && isCoveredCell(prev.cell)) continue;
    if (prev && claim.first <= prev.last) return cells;
    claims.push(claim);
  }
  const out: GridCell[] = [];
  let z = 0;
  let owner: GridCell | null = null;
  for (const claim of claims) {
    for (; z < claim.first; z++) out.push(openZone(zones[z]!, out, owner));
    const end = zones[claim.last]!.end;
    out.push({ text: claim.cell.text, start: zones[claim.first]!.start, span: end - zones[claim.first]!.start, merged: claim.cell.merged });
    z = claim.last + 1;
    owner = claim.cell;
  }
  for (; z < zones.length; z++) out.push(openZone(zones[z]!, out, owner));
  return out;
}

function captionZones(captionTexts: string[], width: number): Zone[] {
  const starts = captionTexts.map((t, i) => (isBlank(t) ? -1 : i)).filter((i) => i >= 0);
  if (starts[0] !== 0) starts.unshift(0);
  return starts.map((s, k) => ({ start: s, end: starts[k + 1] ?? width }));
}

/** The zones a cell stands for: all it covers when it sits on boundaries, else the one it overlaps most. */
function claimOf(cell: GridCell, zones: Zone[], bounds: Set<number>): Claim {
  const end = cell.start + cell.span;
  if (bounds.has(cell.start) && bounds.has(end)) {
    const first = zones.findIndex((z) => z.start === cell.start);
    return { cell, first, last: zones.findIndex((z) => z.end === end) };
  }
  let best = zones.findIndex((z) => z.start <= cell.start && cell.start < z.end);
  let most = 0;
  zones.forEach((z, i) => {
    const overlap = Math.min(end, z.end) - Math.max(cell.start, z.start);
    if (overlap > most) { most = overlap; best = i; }
  });
  return { cell, first: best, last: best };
}

/** A zone no cell claims: the columns of the cell before it when that cell runs on into it, else an empty cell. */
function openZone(zone: Zone, out: GridCell[], owner: GridCell | null): GridCell {
  const prev = out.at(-1);
  const runsOn = owner != null && owner.start + owner.span > zone.start;
  if (prev && runsOn) {
    out.pop();
    return { ...prev, span: zone.end - prev.start };
  }
  return { text: '', start: zone.start, span: zone.end - zone.start, merged: false };
}

function isCoveredCell(cell: GridCell): boolean {
  return cell.merged && isBlank(cell.text);
}
