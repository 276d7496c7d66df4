import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formsDocumentSchema } from '@jixiao/core';
import { importFile } from './import-file';
import { scoreForms } from './score-forms';
import { comparable } from './testing/comparable';
import { buildVolume, type Volume } from './testing/volume-builder';

// A department's whole 部门预算公开 as one .docx, made at test time from corpus documents and their keys
// (bench/import/ measures the big volumes): every form found, none merged with its neighbour, every field right.
const corpusDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../test-corpus');
type Rec = Record<string, unknown>;

describe('a whole volume of 30 forms in one .docx', () => {
  let volume: Volume;

  it('is built from corpus parts, its key their keys in order', async () => {
    volume = await buildVolume({ format: 'docx', forms: 30 }, { corpusDir });
    expect(volume.key.forms).toHaveLength(30);
    expect(volume.key.forms.some((f) => String(f.kind).startsWith('department_'))).toBe(true);
    volume.parts.forEach((part, i) => {
      const [id, copy] = part.split('×');
      const key = corpusKey(id!);
      const want = copy ? JSON.parse(JSON.stringify(key).split(String(key.project_name)).join(`${String(key.project_name)}第${copy}期`)) : key;
      expect(volume.key.forms[i], part).toEqual(want);
    });
  }, 20_000);

  it('imports with every form, row and field right', async () => {
    const result = await importFile(volume.bytes, volume.fileName);
    if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('; '));
    expect(formsDocumentSchema.safeParse(result.document).success).toBe(true);
    const got = result.document.forms as unknown as Rec[];
    expect(got.map((f) => f.project_name ?? f.org)).toEqual(volume.key.forms.map((f) => f.project_name ?? f.org));
    const score = scoreForms(volume.key, { forms: got });
    expect(score.misses).toEqual([]);
    expect(score.rowsPredicted).toBe(score.rowsTruth);
    // Every other field the keys state (budget block, goals, fund sources …), held whole.
    volume.key.forms.forEach((form, i) => {
      for (const [field, want] of Object.entries(form)) {
        if (field === 'indicators') continue;
        expect(comparable(got[i]?.[field]), `${volume.parts[i]} ${field}`).toEqual(comparable(want));
      }
    });
  }, 20_000);
});

const keyFiles = new Map<string, string>();
function corpusKey(id: string): Rec {
  if (keyFiles.size === 0) {
    for (const f of readdirSync(corpusDir).filter((n) => /^\d{3}-.*\.json$/.test(n))) keyFiles.set(f.slice(0, 3), f);
  }
  return (JSON.parse(readFileSync(resolve(corpusDir, keyFiles.get(id)!), 'utf8')) as { forms: Rec[] }).forms[0]!;
}
