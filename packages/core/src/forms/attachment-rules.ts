/**
 * What a form may carry as 附件 (立项依据, 测算依据, a self-evaluation's 佐证材料): the office and scan formats finance
 * offices exchange, each under 20 MB, at most 30 per form. One rule for the page that picks the file and the server that
 * stores it; the server sends each back under the type its extension names, never the type the browser claimed.
 */
export const ATTACHMENT_MAX_BYTES = 20 * 1024 * 1024;
export const ATTACHMENTS_PER_FORM = 30;

const TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  ofd: 'application/ofd',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  wps: 'application/vnd.ms-works',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  et: 'application/vnd.ms-excel',
  csv: 'text/csv',
  txt: 'text/plain',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  zip: 'application/zip',
  rar: 'application/vnd.rar',
  '7z': 'application/x-7z-compressed',
};

/** The extensions accepted, for a file picker's accept list (.pdf,.docx,…). */
export const ATTACHMENT_EXTENSIONS: readonly string[] = Object.keys(TYPES);

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

/** The content type a stored file is served as, from its name. */
export function attachmentContentType(fileName: string): string {
  return TYPES[extensionOf(fileName)] ?? 'application/octet-stream';
}

/** Why a file cannot be attached (Chinese, saying what to do), or null when it can. */
export function attachmentProblem(file: { name: string; size: number }, alreadyAttached = 0): string | null {
  const name = file.name.trim();
  if (name === '' || name.length > 200) return '文件名为空或过长（不超过 200 个字符），请改名后再上传';
  if (!(extensionOf(name) in TYPES)) return `不支持的附件类型「${name}」：请上传 PDF、OFD、Word、WPS、Excel、CSV、文本、图片（JPG/PNG）或压缩包（ZIP/RAR/7Z）`;
  if (file.size <= 0) return `附件「${name}」是空文件，请检查后重新上传`;
  if (file.size > ATTACHMENT_MAX_BYTES) return `附件「${name}」超过 20 MB，请压缩或拆分后再上传`;
  if (alreadyAttached >= ATTACHMENTS_PER_FORM) return `每张表最多 ${ATTACHMENTS_PER_FORM} 个附件，请先删除不需要的附件或合并为压缩包`;
  return null;
}

/** GET /api/forms/{id}/attachments: a form's 附件 (the bytes are downloaded one by one) and whether the caller may change them now. */
export interface AttachmentItem {
  id: number;
  file_name: string;
  content_type: string;
  size: number;
  sha256: string;
  note: string | null;
  uploaded_by: string | null;
  uploaded_at: string;
}

export interface AttachmentList {
  form_id: number;
  /** Whether the caller may add or remove attachments now. */
  editable: boolean;
  items: AttachmentItem[];
}
