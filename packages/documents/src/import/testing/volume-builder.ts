/**
 * Whole budget volumes (部门预算公开 as one file: 80–200 forms in one .docx, a 250-page PDF, an
 * .xlsx of 60 sheets, one long HTML page, a long text export) made from the layout corpus's
 * documents and their answer keys, so the importer is measured on a volume with a known key
 * without anyone writing 200 forms by hand. A part is used only if it imports with every key
 * field right on its own in the volume's format: what the volume then measures is the volume
 * (forms merged with their neighbours or split at page and sheet ends, time, memory), not the
 * corpus's own known limits. A part used more than once gets its project name numbered
 * (`…第2期`) in the source and the key alike: a real volume holds no two forms of one name.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findCjkFont } from '../../export/find-cjk-font';
import { importFile } from '../import-file';
import { scoreForms } from '../score-forms';
import { comparable } from './comparable';
import { gridToDocx, gridToXlsx, parseGridSource } from './grid-binaries';
import { gridToPdf } from './grid-pdf';

type Form = Record<string, unknown>;
export type VolumeFormat = 'docx' | 'pdf' | 'xlsx' | 'html' | 'txt';

interface Part {
  id: string;
  /** Grid source (docx/pdf/xlsx), HTML body, or text segment. */
  source: string;
  form: Form;
}

export interface Volume {
  format: VolumeFormat;
  fileName: string;
  bytes: Uint8Array;
  key: { format: 'jixiao.forms/v1'; forms: Form[] };
  /** Corpus documents (or seed segments) the volume was made of, in order. */
  parts: string[];
  pages?: number;
}

export interface VolumeSpec {
  format: VolumeFormat;
  /** How many forms the volume holds. */
  forms: number;
  /** Kinds of form taken; a department form is never repeated. */
  kinds?: string[];
  /** A department_target first, as a department's volume opens with its 整体绩效目标表. */
  departmentFirst?: boolean;
}

const GRID_ONLY_PLAIN = /===|⟦|\{[-=~!^$+]|\[[-+]/;

/** The corpus's single-form documents with a grid source free of format tricks (marks, options). */
function gridParts(corpusDir: string, kinds: string[]): Part[] {
  const parts: Part[] = [];
  for (const f of readdirSync(corpusDir).filter((n) => /^\d{3}-.*\.(docx|xlsx)\.grid\.txt$/.test(n)).sort()) {
    const source = readFileSync(join(corpusDir, f), 'utf8');
    if (GRID_ONLY_PLAIN.test(source)) continue;
    const form = singleForm(corpusDir, f.replace(/\.(docx|xlsx)\.grid\.txt$/, '.json'), kinds);
    if (form) parts.push({ id: f.slice(0, 3), source, form });
  }
  return parts;
}

function htmlParts(corpusDir: string, kinds: string[]): Part[] {
  const parts: Part[] = [];
  for (const f of readdirSync(corpusDir).filter((n) => /^\d{3}-.*\.html$/.test(n)).sort()) {
    const raw = readFileSync(join(corpusDir, f));
    const text = new TextDecoder('utf-8', { fatal: false }).decode(raw);
    // A page in another charset or leaning on its <head> (style sheets, scripts) does not move into another page.
    if (text.includes('\uFFFD') || /<(style|script)\b/i.test(text) || /charset\s*=\s*["']?(gb|big5)/i.test(text)) continue;
    const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(text)?.[1] ?? text.replace(/<!doctype[^>]*>|<\/?html[^>]*>|<head[\s\S]*?<\/head>/gi, '');
    const form = singleForm(corpusDir, f.replace(/\.html$/, '.json'), kinds);
    if (form) parts.push({ id: f.slice(0, 3), source: body, form });
  }
  return parts;
}

function singleForm(corpusDir: string, keyFile: string, kinds: string[]): Form | null {
  let key: { forms: Form[] };
  try {
    key = JSON.parse(readFileSync(join(corpusDir, keyFile), 'utf8')) as { forms: Form[] };
  } catch {
    return null;
  }
  const form = key.forms.length === 1 ? key.forms[0]! : null;
  return form && kinds.includes(String(form.kind)) ? form : null;
}

/** Seed 000 (a 重庆 district's 部门预算公开 as text, one cell a line) cut at its form titles. */
function seedParts(seedText: string, truth: { forms: Form[] }): Part[] {
  const lines = seedText.split('\n');
  const starts = lines.flatMap((l, i) => (/^\s*\S*绩效目标(申报)?表\s*$/.test(l) ? [i] : []));
  if (starts.length !== truth.forms.length) throw new Error(`seed 000: ${starts.length} titles for ${truth.forms.length} forms`);
  return starts.map((s, i) => ({ id: `seed000#${i}`, source: lines.slice(s, starts[i + 1] ?? lines.length).join('\n') + '\n', form: truth.forms[i]! }));
}

const HTML_SHELL = (body: string) => `<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>部门预算公开</title></head><body>\n${body}\n</body></html>\n`;

async function render(format: VolumeFormat, sources: string[], sheetNames: string[]): Promise<{ bytes: Uint8Array; pages?: number }> {
  if (format === 'html') return { bytes: new TextEncoder().encode(HTML_SHELL(sources.join('\n<p>&nbsp;</p>\n'))) };
  if (format === 'txt') return { bytes: new TextEncoder().encode(sources.join('\n')) };
  const blocks = sources.flatMap((s, i) => [...(format === 'xlsx' ? [{ kind: 'sheet' as const, name: sheetNames[i]! }] : []), ...parseGridSource(s)]);
  if (format === 'docx') return { bytes: await gridToDocx(blocks) };
  if (format === 'xlsx') return { bytes: await gridToXlsx(blocks) };
  const font = findCjkFont();
  if (!font) throw new Error('找不到中文字体，无法生成 PDF');
  const bytes = await gridToPdf(blocks, font, { ruled: true, pageNumbers: true });
  return { bytes, pages: (Buffer.from(bytes).toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length };
}

/** Whether a part imports with every key field and row right on its own, in the volume's format. */
async function importsAlone(format: VolumeFormat, part: Part): Promise<boolean> {
  let bytes: Uint8Array;
  try {
    ({ bytes } = await render(format, [part.source], ['表1']));
  } catch {
    return false; // a grid the format's writer cannot lay out (overlapping merges in one sheet)
  }
  const result = await importFile(bytes, `part.${format}`);
  if (!result.ok) return false;
  const got = result.document as unknown as { forms: Form[] };
  if (got.forms.length !== 1) return false;
  const score = scoreForms({ forms: [part.form] }, got);
  if (score.right !== score.fields || score.rowsMatched !== score.rowsTruth || score.rowsPredicted !== score.rowsTruth) return false;
  // The volume tests hold every field the key states (budget block, goals …), so a part must import them all
  // alone: a grid whose cells use another format's notation (an .xlsx source's `420→#,##0.00` laid into a .docx) is no part.
  const form = got.forms[0] as unknown as Record<string, unknown>;
  return Object.entries(part.form).every(([field, want]) => field === 'indicators' || JSON.stringify(comparable(form[field])) === JSON.stringify(comparable(want)));
}

/** A part used again: its project name numbered in the source and the key, or null where the name is not in the source as written. */
function renamed(part: Part, copy: number): Part | null {
  if (copy === 1) return part;
  const name = part.form.project_name;
  if (typeof name !== 'string' || name.length < 4 || !part.source.includes(name)) return null;
  const next = `${name}第${copy}期`;
  const form = JSON.parse(JSON.stringify(part.form).split(JSON.stringify(name).slice(1, -1)).join(JSON.stringify(next).slice(1, -1))) as Form;
  return { id: `${part.id}×${copy}`, source: part.source.split(name).join(next), form };
}

export interface VolumeSources {
  corpusDir: string;
  /** Seed 000's text and its truth key (for the .txt volume). */
  seed000?: { text: string; truth: { forms: Form[] } };
}

/** Builds one volume: usable parts in corpus order, cycled (renamed) until the volume holds `spec.forms` forms. */
export async function buildVolume(spec: VolumeSpec, from: VolumeSources): Promise<Volume> {
  const kinds = spec.kinds ?? ['project_target', 'project_self_evaluation', 'department_target', 'department_self_evaluation'];
  let candidates: Part[];
  if (spec.format === 'txt') {
    if (!from.seed000) throw new Error('the .txt volume is made of seed 000');
    candidates = seedParts(from.seed000.text, from.seed000.truth);
  } else candidates = spec.format === 'html' ? htmlParts(from.corpusDir, kinds) : gridParts(from.corpusDir, kinds);
  const usable: Part[] = [];
  for (const p of candidates) if (spec.format === 'txt' || (await importsAlone(spec.format, p))) usable.push(p);
  const isDept = (p: Part) => String(p.form.kind).startsWith('department_');
  const projects = usable.filter((p) => !isDept(p));
  const depts = usable.filter(isDept);
  const chosen: Part[] = [];
  if (spec.departmentFirst) {
    const first = depts.find((p) => p.form.kind === 'department_target');
    if (!first) throw new Error(`no department_target part for the .${spec.format} volume`);
    chosen.push(first);
  } else chosen.push(...depts.slice(0, Math.floor(spec.forms / 10)));
  for (let copy = 1; chosen.length < spec.forms; copy++) {
    const round = projects.map((p) => renamed(p, copy)).filter((p): p is Part => p !== null);
    if (round.length === 0) throw new Error(`not enough parts for ${spec.forms} forms in a .${spec.format} volume`);
    chosen.push(...spread(round, spec.forms - chosen.length));
  }
  // Department forms spread through the volume, as 部门 and 单位 forms stand between project forms.
  const ordered = spec.departmentFirst ? chosen : interleave(chosen);
  const { bytes, pages } = await render(spec.format, ordered.map((p) => p.source), ordered.map((_, i) => `表${i + 1}`));
  return { format: spec.format, fileName: `volume-${ordered.length}.${spec.format}`, bytes, key: { format: 'jixiao.forms/v1', forms: ordered.map((p) => p.form) }, parts: ordered.map((p) => p.id), pages };
}

/** `n` of the parts, spread evenly over the corpus: a small volume still meets its later layouts. */
function spread(parts: Part[], n: number): Part[] {
  if (n >= parts.length) return parts;
  return Array.from({ length: n }, (_, i) => parts[Math.floor((i * parts.length) / n)]!);
}

function interleave(parts: Part[]): Part[] {
  const depts = parts.filter((p) => String(p.form.kind).startsWith('department_'));
  const rest = parts.filter((p) => !String(p.form.kind).startsWith('department_'));
  if (depts.length === 0) return parts;
  const every = Math.max(1, Math.floor(rest.length / depts.length));
  const out: Part[] = [];
  rest.forEach((p, i) => {
    if (i % every === 0 && depts.length > 0) out.push(depts.shift()!);
    out.push(p);
  });
  return [...out, ...depts];
}
