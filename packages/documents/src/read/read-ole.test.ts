import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as CFB from 'cfb';
import { describe, expect, it } from 'vitest';
import { readSource } from './read-source';
import { oleFile } from './testing/biff-fixtures';

const here = dirname(fileURLToPath(import.meta.url));
const corpus = join(here, '../../test-corpus');
const XLS = new Uint8Array(readFileSync(join(corpus, '668-self-eval-xls-biff8-county-merged-cells-numeric-cells-permille.xls')));
const DOC = new Uint8Array(readFileSync(join(here, 'testing/word97-features.doc')));

/** The container's root streams, to rebuild it with one changed. */
function streamsOf(bytes: Uint8Array): Record<string, Uint8Array> {
  const cfb = CFB.read(bytes, { type: 'buffer' });
  const out: Record<string, Uint8Array> = {};
  cfb.FileIndex.forEach((e, i) => {
    if (e.type === 2 && (cfb.FullPaths[i] ?? '').split('/').filter(Boolean).length === 2) out[e.name] = new Uint8Array(e.content as Uint8Array);
  });
  return out;
}

async function issue(bytes: Uint8Array, name: string) {
  const result = await readSource(bytes, name);
  if (result.ok) throw new Error(`${name} was read`);
  return result.issues[0]!;
}

describe('OLE2 containers told apart by their streams', () => {
  it('reads WPS files (.et, .wps) and misnamed files by content, not by extension', async () => {
    for (const name of ['绩效.xls', '绩效.et', '绩效.doc']) {
      const r = await readSource(XLS, name);
      expect(r.ok && r.source.format, name).toBe('xls');
    }
    for (const name of ['目标.doc', '目标.wps', '目标.xls']) {
      const r = await readSource(DOC, name);
      expect(r.ok && r.source.format, name).toBe('doc');
    }
  });

  it('asks to remove the password of an encrypted .docx/.xlsx, .doc or .xls', async () => {
    const ooxml = oleFile({ EncryptionInfo: new Uint8Array(200), EncryptedPackage: new Uint8Array(4096) });
    expect(await issue(ooxml, '加密.xlsx')).toMatchObject({ code: 'encrypted', message: expect.stringMatching(/加密\.xlsx.*打开密码.*取消密码/) });
    const streams = streamsOf(DOC);
    const fib = streams['WordDocument']!.slice();
    fib[0x0b]! |= 0x01; // fEncrypted
    expect(await issue(oleFile({ ...streams, WordDocument: fib }), '加密.doc')).toMatchObject({ code: 'encrypted', message: expect.stringMatching(/Word 文档.*取消密码/) });
  });

  it('says what to do with Word 95, PowerPoint and other compound files', async () => {
    const streams = streamsOf(DOC);
    const word95 = streams['WordDocument']!.slice();
    word95.set([0x68, 0x00], 2); // nFib 104
    expect(await issue(oleFile({ ...streams, WordDocument: word95 }), '旧.doc')).toMatchObject({ code: 'old-office-format', message: expect.stringMatching(/Word 6\.0\/95.*另存为 \.docx/) });
    expect(await issue(oleFile({ 'PowerPoint Document': new Uint8Array(64) }), '演示.ppt')).toMatchObject({ code: 'unsupported-format', message: expect.stringMatching(/PowerPoint/) });
    expect(await issue(oleFile({ VisioDocument: new Uint8Array(64) }), '图.vsd')).toMatchObject({ code: 'unsupported-format', message: expect.stringMatching(/不是 Word 或 Excel.*另存为/) });
  });

  it('never throws or hangs on damaged files: truncated, bit-flipped, zero-length streams', async () => {
    const inputs: Array<[string, Uint8Array]> = [];
    for (const [name, good] of [['表.xls', XLS], ['文.doc', DOC]] as const) {
      for (let k = 1; k < 24; k++) inputs.push([name, good.subarray(0, Math.floor((good.length * k) / 24))]);
      let seed = name.length * 7919;
      for (let k = 0; k < 150; k++) {
        const bad = good.slice();
        for (let flips = 0; flips < 1 + (k % 4); flips++) {
          seed = (seed * 1103515245 + 12345) >>> 0;
          bad[seed % bad.length]! ^= 1 << (seed >>> 28) % 8;
        }
        inputs.push([name, bad]);
      }
    }
    const streams = streamsOf(DOC);
    inputs.push(['空.xls', oleFile({ Workbook: new Uint8Array(0) })], ['空.doc', oleFile({ WordDocument: new Uint8Array(0) })]);
    inputs.push(['缺表.doc', oleFile({ WordDocument: streams['WordDocument']! })], ['空表.doc', oleFile({ ...streams, '1Table': new Uint8Array(0), '0Table': new Uint8Array(0) })]);
    let refused = 0;
    for (const [name, bytes] of inputs) {
      const started = Date.now();
      const result = await readSource(bytes, name);
      expect(Date.now() - started, name).toBeLessThan(3000);
      if (!result.ok) {
        refused++;
        expect(result.issues[0]!.message, name).toMatch(/[\u4e00-\u9fff]/);
        expect(result.issues[0]!.message, name).toContain(name);
      }
    }
    expect(refused).toBeGreaterThan(20);
  }, 120_000);
});
