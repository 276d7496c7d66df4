import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formsDocumentSchema } from '@jixiao/core';
import { importFile } from './import-file';
import { scoreForms } from './score-forms';
import { comparable } from './testing/comparable';

// Real published layouts nobody tuned the importer on first: each file beside its answer key.
const corpusDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../test-corpus');
const keys = readdirSync(corpusDir).filter((f) => /^\d{3}-.*\.json$/.test(f)).sort();
const documents = keys.map((key) => {
  const stem = key.replace(/\.json$/, '');
  const file = readdirSync(corpusDir).find((f) => f.startsWith(`${stem}.`) && f !== key && !f.endsWith('.grid.txt') && !f.endsWith('.src.txt'));
  return { key, file };
});

const LIST_FIELDS = ['sub_goals', 'measures', 'tasks'] as const;

describe('importing the layout corpus', () => {
  it('has at least 15 documents, each with its answer key', () => {
    expect(documents.length).toBeGreaterThanOrEqual(15);
    for (const d of documents) expect(d.file, d.key).toBeDefined();
  });

  it.each(documents)('$file: every row found, fields ≥ 99%', async ({ key, file }) => {
    const result = await importFile(new Uint8Array(readFileSync(join(corpusDir, file!))), file!);
    if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('; '));
    expect(formsDocumentSchema.safeParse(result.document).success).toBe(true);
    const truth = JSON.parse(readFileSync(join(corpusDir, key), 'utf8')) as { forms: Array<Record<string, unknown>> };
    const score = scoreForms(truth, result.document as unknown as { forms: Array<Record<string, unknown>> });
    expect(score.rowsMatched, score.misses.join('\n')).toBe(score.rowsTruth);
    expect(score.rowsPredicted, score.misses.join('\n')).toBe(score.rowsTruth);
    // A key with no form (a document holding only a 绩效运行监控表) wants none back and has no field to weigh.
    if (truth.forms.length === 0) expect(result.document.forms, file).toEqual([]);
    else expect(score.right / score.fields, score.misses.join('\n')).toBeGreaterThanOrEqual(0.99);
    // The scorer leaves the item lists out: compare them whole where the key has any.
    const forms = result.document.forms as unknown as Array<Record<string, unknown>>;
    truth.forms.forEach((form, i) => {
      for (const list of LIST_FIELDS) {
        const want = form[list];
        if (Array.isArray(want) && want.length > 0) expect(forms[i]?.[list], `${file} form ${i} ${list}`).toEqual(want);
      }
      // Every other field the key states (budget block, fund sources, overview, conclusion …) the
      // scorer does not weigh: held whole, so a wrong amount unit or a lost text shows up.
      for (const [field, want] of Object.entries(form)) {
        if (field === 'indicators' || (LIST_FIELDS as readonly string[]).includes(field)) continue;
        expect(comparable(forms[i]?.[field]), `${file} form ${i} ${field}`).toEqual(comparable(want));
      }
    });
  });
});
