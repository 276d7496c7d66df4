/** A file's size as a clerk reads it: 820 B, 12.5 KB, 3.2 MB. */
export function fileSizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${trim(bytes / 1024)} KB`;
  return `${trim(bytes / (1024 * 1024))} MB`;
}

function trim(n: number): string {
  return n >= 100 ? String(Math.round(n)) : String(Math.round(n * 10) / 10);
}

/** What an empty 附件 / 佐证材料 list says: to its editor, where to add them; to a reader, that the unit added none. */
export function attachmentsEmptyText(title: string, editable: boolean): string {
  return editable ? `暂无${title}，请在下方上传` : `填报单位未上传${title}`;
}
