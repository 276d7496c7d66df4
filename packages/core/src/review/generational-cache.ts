/**
 * A bounded cache in two generations, so a province-wide run cannot grow it without limit. When the
 * young map fills up it becomes the old one; a key found in the old one is set again by the caller and
 * moves back to the young one. Keys in use survive the turnover, and the many keys seen only once are
 * dropped, without recomputing the common ones as clearing a single map would.
 */
export class GenerationalCache<V> {
  private young = new Map<string, V>();
  private old = new Map<string, V>();

  constructor(private readonly limit: number) {}

  get(key: string): V | undefined {
    return this.young.get(key);
  }

  /** The value kept from the previous generation; the caller sets it again to keep it. */
  getOld(key: string): V | undefined {
    return this.old.get(key);
  }

  set(key: string, value: V): void {
    if (this.young.size >= this.limit) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(key, value);
  }
}
