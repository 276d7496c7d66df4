import { Inflate } from 'fflate';
import { type ReadBudget, type ReadLimits, ReadFailure, formatBytes, newReadBudget } from './read-limits';

interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

/**
 * A zip opened from its central directory only; entries are inflated on demand, streaming,
 * with the declared sizes checked against the limits before any work and the real output
 * counted while inflating, so a zip bomb (or a lying header) stops after at most one chunk.
 */
export class SafeZip {
  private constructor(
    private readonly bytes: Uint8Array,
    private readonly entries: Map<string, ZipEntry>,
    private readonly limits: ReadLimits,
    private readonly fileName: string,
    /** The document's spending; a zip inside it (an embedded workbook) is opened on its parent's budget. */
    readonly budget: ReadBudget,
  ) {}

  static open(bytes: Uint8Array, limits: ReadLimits, fileName: string, budget: ReadBudget = newReadBudget()): SafeZip {
    const corrupt = (why: string) =>
      new ReadFailure('zip-corrupt', `文件“${fileName}”已损坏或不完整（${why}），无法打开。请重新导出或重新下载完整文件后再导入。`);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let eocd = -1;
    for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
      if (view.getUint32(i, true) === 0x06054b50) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) throw corrupt('找不到压缩包目录，文件可能被截断');
    const count = view.getUint16(eocd + 10, true);
    const cdSize = view.getUint32(eocd + 12, true);
    const cdOffset = view.getUint32(eocd + 16, true);
    if (count === 0xffff || cdOffset === 0xffffffff) {
      throw new ReadFailure('zip-unsupported', `文件“${fileName}”使用了 ZIP64 格式，超出可导入的大小。请删减内容或拆分文件后再导入。`);
    }
    if (count > limits.maxZipEntries) {
      throw new ReadFailure('too-many-entries', `文件“${fileName}”包含 ${count} 个内部文件，超过上限 ${limits.maxZipEntries}，不像正常的 Word/Excel 文档。`);
    }
    if (cdOffset + cdSize > eocd) throw corrupt('目录位置超出文件范围');
    const entries = new Map<string, ZipEntry>();
    const decoder = new TextDecoder('utf-8');
    let p = cdOffset;
    let declaredTotal = 0;
    for (let k = 0; k < count; k++) {
      if (p + 46 > eocd || view.getUint32(p, true) !== 0x02014b50) throw corrupt('目录项损坏');
      const nameLen = view.getUint16(p + 28, true);
      const extraLen = view.getUint16(p + 30, true);
      const commentLen = view.getUint16(p + 32, true);
      if (p + 46 + nameLen > eocd) throw corrupt('目录项损坏');
      const entry: ZipEntry = {
        flags: view.getUint16(p + 8, true),
        method: view.getUint16(p + 10, true),
        compressedSize: view.getUint32(p + 20, true),
        size: view.getUint32(p + 24, true),
        localOffset: view.getUint32(p + 42, true),
        name: decoder.decode(bytes.subarray(p + 46, p + 46 + nameLen)).replace(/\\/g, '/'),
      };
      declaredTotal += entry.size;
      entries.set(entry.name, entry);
      p += 46 + nameLen + extraLen + commentLen;
    }
    if (declaredTotal > limits.maxTotalBytes * 4) {
      throw bomb(fileName, declaredTotal, limits.maxTotalBytes);
    }
    return new SafeZip(bytes, entries, limits, fileName, budget);
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  names(): string[] {
    return [...this.entries.keys()];
  }

  /** The entry's bytes, or undefined when absent. Throws ReadFailure on limits and corruption. */
  read(name: string): Uint8Array | undefined {
    const entry = this.entries.get(name);
    if (!entry) return undefined;
    const { bytes, limits, fileName } = this;
    const corrupt = (why: string) =>
      new ReadFailure('zip-corrupt', `文件“${fileName}”已损坏或不完整（${name}：${why}）。请重新导出或重新下载完整文件后再导入。`);
    if (entry.flags & 1) {
      throw new ReadFailure('encrypted', `文件“${fileName}”已加密（设置了打开密码），无法读取。请在 Word/Excel 中取消密码后另存再导入。`);
    }
    if (entry.size > limits.maxEntryBytes) throw bomb(fileName, entry.size, limits.maxEntryBytes);
    if (this.budget.inflatedBytes + entry.size > limits.maxTotalBytes) {
      throw bomb(fileName, this.budget.inflatedBytes + entry.size, limits.maxTotalBytes);
    }
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const lh = entry.localOffset;
    if (lh + 30 > bytes.length || view.getUint32(lh, true) !== 0x04034b50) throw corrupt('数据头缺失');
    const start = lh + 30 + view.getUint16(lh + 26, true) + view.getUint16(lh + 28, true);
    const end = start + entry.compressedSize;
    if (end > bytes.length) throw corrupt('数据被截断');
    const data = bytes.subarray(start, end);
    if (entry.method === 0) {
      if (entry.compressedSize !== entry.size) throw corrupt('大小不一致');
      this.budget.inflatedBytes += entry.size;
      return data;
    }
    if (entry.method !== 8) throw corrupt(`不支持的压缩方式 ${entry.method}`);
    // The real output may exceed the declared size (a forged header); cap at the smaller bound.
    const cap = Math.min(limits.maxEntryBytes, entry.size);
    const chunks: Uint8Array[] = [];
    let produced = 0;
    let over = false;
    let finished = false;
    const inflater = new Inflate((chunk, final) => {
      produced += chunk.length;
      if (produced > cap) over = true;
      else chunks.push(chunk);
      if (final) finished = true;
    });
    // Input chunks bound the transient output of one push: deflate expands at most ~1032×,
    // so a bomb is stopped after ≤ 33 MB of output however large it claims to be.
    const step = 32 * 1024;
    try {
      for (let i = 0; i < data.length && !over; i += step) {
        inflater.push(data.subarray(i, Math.min(i + step, data.length)), i + step >= data.length);
      }
      if (data.length === 0) inflater.push(new Uint8Array(0), true);
    } catch {
      throw corrupt('解压失败');
    }
    if (over) throw bomb(fileName, produced, cap === entry.size ? limits.maxEntryBytes : cap);
    if (!finished || produced !== entry.size) throw corrupt('解压后大小不符');
    this.budget.inflatedBytes += produced;
    if (chunks.length === 1) return chunks[0]!;
    const out = new Uint8Array(produced);
    let o = 0;
    for (const c of chunks) {
      out.set(c, o);
      o += c.length;
    }
    return out;
  }

  readText(name: string): string | undefined {
    const raw = this.read(name);
    return raw === undefined ? undefined : new TextDecoder('utf-8').decode(raw);
  }
}

function bomb(fileName: string, size: number, cap: number): ReadFailure {
  return new ReadFailure(
    'too-large-uncompressed',
    `文件“${fileName}”解压后内容过大（至少 ${formatBytes(size)}，上限 ${formatBytes(cap)}），可能是损坏文件或压缩炸弹，已拒绝导入。`,
  );
}
