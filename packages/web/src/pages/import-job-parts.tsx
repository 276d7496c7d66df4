import { useEffect, useState } from 'react';
import { Alert, Button, Tag } from 'antd';
import { ApiError } from '../api/client';
import type { ImportPreview } from '../api/types';
import { importYearText } from './import-year-text';

/** 导入 page parts: one file's job as the page tracks it, and the small pieces that show its step and its mismatches. */
export interface FileJob {
  uid: string;
  name: string;
  percent: number;
  /** uploading: bytes on the way; reading: on the server, which reads, builds and reviews the forms. */
  state: 'uploading' | 'reading' | 'preview' | 'failed' | 'committing' | 'committed';
  /** When the current step began (Date.now()), for the seconds shown while it runs. */
  since: number;
  error?: string;
  /** The importer's notes on a refused file (e.g. why no form was found), shown under the error. */
  notes?: string[];
  preview?: ImportPreview;
  /** The previewed forms to store, by index; undefined: all of them (the default). */
  ticked?: number[];
  committed?: Array<{ id: number | string; kind?: string; project_name?: string | null }>;
  /** The file, to read again under another year; and the unit and year it was read under. */
  file?: File;
  org?: string;
  year?: number;
}

/** The importer's warnings attached to a refusal (`details.warnings`), as lines to show. */
export function refusalNotes(error: unknown): string[] {
  if (!(error instanceof ApiError)) return [];
  const warnings = (error.details as { warnings?: Array<{ message?: string; row?: number | null }> } | undefined)?.warnings ?? [];
  return warnings.filter((w) => w.message).map((w) => `${typeof w.row === 'number' ? `第 ${w.row + 1} 行：` : ''}${w.message}`);
}

/** Seconds since `since`, ticking while shown, so a long read visibly goes on. */
export function Elapsed({ since }: { since: number }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return <>{Math.max(0, Math.round((now - since) / 1000))} 秒</>;
}

export function JobStep({ job }: { job: FileJob }) {
  switch (job.state) {
    case 'uploading':
      return <>正在上传…（已用 <Elapsed since={job.since} />）</>;
    case 'reading':
      return <>已上传，正在读取文件、识别表格并审核，大文件可能需要一两分钟…（已用 <Elapsed since={job.since} />）</>;
    case 'committing':
      return <>正在写入草稿…（已用 <Elapsed since={job.since} />）</>;
    default:
      return null;
  }
}

/** The document's own year or units where they differ from the choice; one year of its own can be read again as that year. */
export function MismatchAlert({ years, lines, onReread }: { years: number[]; lines: string[]; onReread: ((year: number) => void) | undefined }) {
  if (lines.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 8 }}
      title="文件与所选单位或年度不一致，请核对后再确认导入"
      description={<>{lines.map((line) => <div key={line}>{line}</div>)}</>}
      action={years.length === 1 && onReread ? <Button size="small" onClick={() => onReread(years[0]!)}>按 {years[0]} 年度重新读取</Button> : undefined}
    />
  );
}

/** The year a file is read under and where it came from; a guess from the kind of form stands out. */
export function YearTag({ year, source }: { year: number; source: ImportPreview['year_source'] }) {
  const { text, guessed } = importYearText(year, source);
  return <Tag color={guessed ? 'orange' : 'blue'} style={{ marginLeft: 8 }}>{text}</Tag>;
}
