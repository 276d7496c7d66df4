/**
 * The one way the web shows a moment: 北京时间 "2026-03-01 16:00", the same as the lists and the
 * server's own messages (form-deletion), whatever time zone the clerk's computer is set to.
 * China has kept UTC+8 without daylight saving since 1991, so a fixed offset is exact.
 */
const BEIJING_OFFSET_MS = 8 * 3_600_000;

export function formatDateTime(iso: string | null | undefined): string {
  const d = beijing(iso);
  return d ? `${d.date} ${d.time}` : '—';
}

/** The day only ("2026-03-01"), for places where the hour means nothing. */
export function formatDate(iso: string | null | undefined): string {
  return beijing(iso)?.date ?? '—';
}

function beijing(iso: string | null | undefined): { date: string; time: string } | null {
  if (!iso) return null;
  const ms = new Date(iso).getTime();
  if (Number.isNaN(ms)) return null;
  const stamp = new Date(ms + BEIJING_OFFSET_MS).toISOString();
  return { date: stamp.slice(0, 10), time: stamp.slice(11, 16) };
}
