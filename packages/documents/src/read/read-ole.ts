import * as CFB from 'cfb';
import type { SourceDocument } from '../model/source-document';
import { readDoc } from './read-doc';
import { type ReadLimits, ReadFailure } from './read-limits';
import { readXls } from './read-xls';

/**
 * Reads an OLE2 compound file by what its streams are, whatever its name says: a Word 97–2003
 * document (.doc, WPS .wps) has a WordDocument stream, an Excel 97–2003 workbook (.xls, WPS .et)
 * a Workbook (Book in Excel 5.0/95). A password-protected .docx/.xlsx is also such a container.
 */
export async function readOle(bytes: Uint8Array, fileName: string, limits: ReadLimits): Promise<SourceDocument> {
  const streams = openStreams(bytes, fileName, limits);
  const has = (name: string) => streams.has(name.toLowerCase());
  if (has('EncryptionInfo') || has('EncryptedPackage')) {
    throw new ReadFailure('encrypted', `文件“${fileName}”设置了打开密码（已加密），无法读取。请用 Word/Excel/WPS 打开后取消密码（文件—信息—保护—用密码进行加密，清空密码），保存后再导入。`);
  }
  if (has('WordDocument')) return readDoc(streams, fileName, limits, streams.objectPool);
  const workbook = streams.get('workbook') ?? streams.get('book');
  if (workbook) return readXls(workbook, fileName, limits);
  if (has('PowerPoint Document')) {
    throw new ReadFailure('unsupported-format', `文件“${fileName}”是 PowerPoint 演示文稿（.ppt），不支持导入。请导入 Word/Excel/PDF 格式的绩效文档。`);
  }
  throw new ReadFailure(
    'unsupported-format',
    `文件“${fileName}”是 Office 复合文档，但不是 Word 或 Excel 文档（可能是 Visio、Outlook 邮件或其他程序的文件）。请用原软件打开后另存为 .docx/.xlsx 再导入。`,
  );
}

/**
 * The container's top-level streams by lower-cased name (Word and Excel write them at the root), and a Word
 * file's ObjectPool: the storage of each object pasted into it (`ObjectPool/_1234/Workbook`), in name order.
 */
function openStreams(bytes: Uint8Array, fileName: string, limits: ReadLimits): Map<string, Uint8Array> & { objectPool: Array<Map<string, Uint8Array>> } {
  let container: CFB.CFB$Container;
  try {
    container = CFB.read(bytes, { type: 'buffer' });
  } catch {
    // cfb's own messages (it also tries the container as a zip) would only confuse: say what to do.
    throw new ReadFailure(
      'ole-corrupt',
      `文件“${fileName}”是旧版 Word/Excel 格式（.doc/.xls、WPS），但文件已损坏或不完整，无法打开。请用 Word/Excel/WPS 打开后另存为 .docx/.xlsx 再导入；打不开的，请向发文单位重新索取文件。`,
    );
  }
  const out = Object.assign(new Map<string, Uint8Array>(), { objectPool: [] as Array<Map<string, Uint8Array>> });
  const pool = new Map<string, Map<string, Uint8Array>>();
  let total = 0;
  container.FileIndex.forEach((entry, i) => {
    const path = (container.FullPaths[i] ?? '').split('/').filter(Boolean);
    // "Root Entry/WordDocument": one slash inside, none at the end (storages end with one);
    // "Root Entry/ObjectPool/_1234/Workbook": a stream of an object's storage.
    const pooled = path.length === 4 && path[1]!.toLowerCase() === 'objectpool';
    if (entry.type !== 2 || (path.length !== 2 && !pooled)) return;
    const content = entry.content instanceof Uint8Array ? entry.content : Uint8Array.from(entry.content ?? []);
    total += content.length;
    if (content.length > limits.maxEntryBytes || total > limits.maxTotalBytes) {
      throw new ReadFailure('too-large', `文件“${fileName}”中的数据流超过可读取的大小上限，请删减无关内容或拆分后再导入。`);
    }
    if (!pooled) out.set(entry.name.toLowerCase(), content);
    else {
      const storage = pool.get(path[2]!) ?? new Map<string, Uint8Array>();
      pool.set(path[2]!, storage.set(entry.name.toLowerCase(), content));
    }
  });
  out.objectPool = [...pool.keys()].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })).map((k) => pool.get(k)!);
  return out;
}
