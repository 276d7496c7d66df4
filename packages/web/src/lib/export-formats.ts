/** The files a form exports to (GET /api/forms/{id}/export?format=…), with the names a clerk knows them by. */
export const EXPORT_FORMATS = [
  ['xlsx', 'Excel'],
  ['docx', 'Word'],
  ['pdf', 'PDF'],
  ['json', '开放数据 JSON'],
  ['csv', '指标 CSV'],
] as const;

/** Where a form's export downloads from: the public route for published forms, else the signed-in one. */
export function exportHref(id: number | string, format: string, publicAccess = true): string {
  return publicAccess ? `/api/public/forms/${id}/export?format=${format}` : `/api/forms/${id}/export?format=${format}`;
}
