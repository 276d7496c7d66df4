import { ApiError, getCsrfToken } from './client';

/**
 * Multipart upload with progress (fetch cannot report upload progress, XHR can). The bytes sent
 * fill 0–90 %; `onUploaded` says when they are all on the server and only its reading remains.
 */
export function uploadWithProgress<T>(url: string, data: FormData, onProgress: (percent: number) => void, onUploaded?: () => void): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.withCredentials = true;
    const token = getCsrfToken();
    if (token) xhr.setRequestHeader('x-csrf-token', token);
    xhr.setRequestHeader('accept', 'application/json');
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(Math.round((e.loaded / e.total) * 90));
    };
    xhr.upload.onload = () => onUploaded?.();
    xhr.onload = () => {
      onProgress(100);
      let body: unknown = null;
      try {
        body = xhr.responseText ? JSON.parse(xhr.responseText) : null;
      } catch {
        body = null;
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as T);
      else {
        const err = (body as { error?: { code?: string; message?: string; details?: unknown } } | null)?.error;
        reject(new ApiError(xhr.status, err?.code ?? `http_${xhr.status}`, err?.message ?? `上传失败（${xhr.status}），请检查文件后重试。`, err?.details));
      }
    };
    xhr.onerror = () => reject(new ApiError(0, 'network', '上传失败：无法连接服务器，请检查网络后重试。'));
    xhr.send(data);
  });
}
