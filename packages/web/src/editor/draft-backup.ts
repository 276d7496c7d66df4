import type { Form } from '@jixiao/core';

/**
 * A copy in this browser of edits not yet saved, so a save that fails (server down, session
 * expired, tab closed before the retry) loses nothing: the editor offers it back on the next visit.
 */
export interface DraftBackup {
  /** The form version the edits were made on: restoring it saves against that version, so a 409 shows what changed since. */
  version: number;
  savedAt: string;
  form: Form;
}

interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

function store(): KeyValueStore | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** One backup per user and form: another login on the same computer never sees it. */
export function draftKey(username: string, formId: string): string {
  return `jixiao.draft.${username}.${formId}`;
}

export function writeDraft(key: string, backup: DraftBackup, kv: KeyValueStore | null = store()): boolean {
  try {
    kv?.setItem(key, JSON.stringify(backup));
    return !!kv;
  } catch {
    // A full or disabled storage: the edits stay in the page; nothing else to do.
    return false;
  }
}

export function readDraft(key: string, kv: KeyValueStore | null = store()): DraftBackup | null {
  try {
    const raw = kv?.getItem(key);
    if (!raw) return null;
    const data = JSON.parse(raw) as Partial<DraftBackup> | null;
    if (!data || typeof data.version !== 'number' || typeof data.savedAt !== 'string' || !data.form || typeof data.form !== 'object' || !Array.isArray((data.form as Form).indicators)) return null;
    return data as DraftBackup;
  } catch {
    return null;
  }
}

export function clearDraft(key: string, kv: KeyValueStore | null = store()): void {
  try {
    kv?.removeItem(key);
  } catch {
    // Nothing to clear in a storage that cannot be read.
  }
}

/** A backup worth offering: one whose content differs from what the server has. */
export function draftDiffers(backup: DraftBackup, server: Form): boolean {
  return JSON.stringify(backup.form) !== JSON.stringify(server);
}
