/** The server's limit on one upload's request (server create-app UPLOAD_LIMIT): the file plus its form fields. */
export const UPLOAD_LIMIT_BYTES = 20 * 1024 * 1024;

// The multipart wrapping and the unit and year fields travel with the file; this much room keeps a file that
// passes here from being refused by the server after the whole of it was sent.
const MULTIPART_ROOM = 16 * 1024;

/**
 * Why a file cannot be uploaded for its size, or null: said before its bytes are sent, so a clerk with a large
 * scan is not left waiting for an upload the server will refuse.
 */
export function uploadSizeProblem(file: { name: string; size: number }, limit = UPLOAD_LIMIT_BYTES): string | null {
  if (file.size + MULTIPART_ROOM <= limit) return null;
  const mb = (bytes: number) => bytes / (1024 * 1024);
  return `文件「${file.name}」为 ${mb(file.size).toFixed(1)} MB，超过 ${Math.round(mb(limit))} MB 上限；请拆分或压缩后再导入`;
}
