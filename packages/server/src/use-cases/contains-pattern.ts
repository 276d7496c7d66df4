/**
 * A LIKE pattern matching values that contain `text` literally: the user's % _ and \ are
 * escaped (backslash is LIKE's default escape on PostgreSQL and PGlite), so a search for
 * "100%" finds "100%" and not everything starting with "100".
 */
export function containsPattern(text: string): string {
  return `%${text.replace(/[%_\\]/g, (m) => `\\${m}`)}%`;
}
