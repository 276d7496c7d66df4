import { FRAMEWORKS, LEVEL1_LABELS, LEVEL2_LABELS, parseLevel1, type Level2 } from '@jixiao/core';
import type { LibraryEntry } from '../components/library-picker';

/** An entry as the library's upkeep sees it: the stored row with its id and validity dates. */
export type ManagedEntry = LibraryEntry & {
  id: number;
  valid_from?: string | null;
  valid_to?: string | null;
  spending_class?: string | null;
  source_form_id?: number | null;
  /** The region the entry belongs to; null (shared true) for the library every region shares. */
  region_name?: string | null;
  /** This region's edit of a shared entry: the shared entry's id. */
  overrides_id?: number | null;
  /** Counts saves; sent back with an edit so that one made meanwhile is not overwritten. */
  version?: number;
};

/** The fields of the edit form, as text (blank = empty); the names are the API's. */
export interface EntryValues {
  name: string;
  level1: string;
  level2: string;
  unit: string;
  comparator: string;
  typical_target: string;
  explanation: string;
  basis_kind: string;
  keywords: string;
  scope: 'common' | 'specific';
  spending_class: string;
  valid_from: string;
  valid_to: string;
}

export const SCOPE_LABELS: Record<EntryValues['scope'], string> = { common: '共性指标', specific: '个性指标' };
/** The four kinds of 指标值确定依据 the spec names; the field stays free text (纳入 copies the form's wording). */
export const BASIS_KINDS = ['计划标准', '行业标准', '历史标准', '预算支出标准'] as const;

const TEXT_FIELDS = ['level1', 'level2', 'unit', 'comparator', 'typical_target', 'explanation', 'basis_kind', 'spending_class', 'valid_from', 'valid_to'] as const;

const keywordText = (k: LibraryEntry['keywords']) => (Array.isArray(k) ? k.join(',') : (k ?? ''));

export function entryValues(entry: ManagedEntry): EntryValues {
  return {
    name: entry.name,
    level1: entry.level1 ?? '',
    level2: entry.level2 ?? '',
    unit: entry.unit ?? '',
    comparator: entry.comparator ?? '',
    typical_target: entry.typical_target ?? '',
    explanation: entry.explanation ?? '',
    basis_kind: entry.basis_kind ?? '',
    keywords: keywordText(entry.keywords),
    scope: entry.scope === 'specific' ? 'specific' : 'common',
    spending_class: entry.spending_class ?? '',
    valid_from: entry.valid_from ?? '',
    valid_to: entry.valid_to ?? '',
  };
}

/** Only what changed goes to the server, so the audit shows the edit and nothing else; blank text clears a field. */
export function entryPatch(entry: ManagedEntry, values: EntryValues): Record<string, string | null> {
  const before = entryValues(entry);
  const patch: Record<string, string | null> = {};
  const name = values.name.trim();
  if (name !== before.name) patch.name = name;
  for (const key of [...TEXT_FIELDS, 'keywords'] as const) {
    const next = (values[key] ?? '').trim();
    if (next !== before[key].trim()) patch[key] = next === '' ? null : next;
  }
  if (values.scope !== before.scope) patch.scope = values.scope;
  return patch;
}

/** 一级 choices: the framework's four, and an entry's own other wording so an edit does not lose it unseen. */
export function level1Options(current: string | null | undefined): string[] {
  const labels = Object.values(LEVEL1_LABELS);
  return current && !labels.includes(current) ? [...labels, current] : labels;
}

/** 二级 choices under a 一级: what either framework allows there (all of them when the 一级 is not one of the four). */
export function level2Options(level1: string | null | undefined, current: string | null | undefined): string[] {
  const l1 = parseLevel1(level1 ?? null);
  const keys = new Set<Level2>();
  for (const framework of Object.values(FRAMEWORKS)) {
    if (l1) framework[l1].forEach((k) => keys.add(k));
    else Object.values(framework).forEach((ks) => ks.forEach((k) => keys.add(k)));
  }
  const labels = [...keys].map((k) => LEVEL2_LABELS[k]);
  return current && !labels.includes(current) ? [...labels, current] : labels;
}

/** Today in China, where the validity dates are meant (YYYY-MM-DD). */
export const chinaToday = (now: Date = new Date()) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now);

/** Whether an entry is out of force on `today`: after its valid_to (the last day in force) or before its valid_from. */
export function entryStatus(entry: Pick<ManagedEntry, 'valid_from' | 'valid_to'>, today: string): 'active' | 'retired' | 'pending' {
  if (entry.valid_to && entry.valid_to < today) return 'retired';
  if (entry.valid_from && entry.valid_from > today) return 'pending';
  return 'active';
}
