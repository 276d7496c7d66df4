import type { Role } from '../api/types';

/**
 * The roles the server lets read and commit an upload (imports.ts IMPORT_ROLES): the unit's clerks and
 * finance, each for the units in its scope. Others are not offered 导入 at all, rather than refused after
 * choosing a unit and a file.
 */
const IMPORTERS = new Set<Role>(['unit_editor', 'finance_reviewer']);

export function canImport(role: Role | undefined): boolean {
  return !!role && IMPORTERS.has(role);
}

/** True for the 导入 screen's address (and anything under it), which the layout keeps from other roles. */
export function isImportPath(pathname: string): boolean {
  return pathname === '/import' || pathname.startsWith('/import/');
}
