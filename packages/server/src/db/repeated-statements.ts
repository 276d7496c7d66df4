import { createHash } from 'node:crypto';

// Texts counted; the count restarts when it is full (it only picks what to prepare).
const MAX_COUNTED_TEXTS = 5000;

/**
 * Which statements are worth preparing, for the pg pool and for PGlite alike: a parameterised
 * text once it has run twice in this process, so one-off statements (migrations, start-up) take
 * no slots; a text without parameters (transaction control, DDL) never. The name is a hash of
 * the text, computed once per text.
 */
export class RepeatedStatements {
  private readonly texts = new Map<string, { seen: number; name: string | null }>();

  /** The statement name for this run of `text`, or null while it should run unprepared. */
  nameOf(text: string, parameterCount: number): string | null {
    if (parameterCount === 0) return null;
    let entry = this.texts.get(text);
    if (!entry) {
      if (this.texts.size >= MAX_COUNTED_TEXTS) this.texts.clear();
      this.texts.set(text, (entry = { seen: 0, name: null }));
    }
    if (entry.name === null) {
      entry.seen += 1;
      if (entry.seen < 2) return null;
      entry.name = `j_${createHash('sha1').update(text).digest('base64url').slice(0, 22)}`;
    }
    return entry.name;
  }
}
