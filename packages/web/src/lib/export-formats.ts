/** The files a form exports to (GET /api/forms/{id}/export?format=…), with the names a clerk knows them by. */
export const EXPORT_FORMATS = [
  ['xlsx', 'Excel'],
  ['docx', 'Word'],
  ['pdf', 'PDF'],
  ['json', '开放数据 JSON'],
  ['csv', '指标 CSV'],
] as const;
