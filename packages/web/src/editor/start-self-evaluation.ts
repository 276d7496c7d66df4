import { selfEvaluationNotStartedRefusal } from '@jixiao/core';
import type { Role } from '../api/types';

/**
 * Who may start a project's year-end self-evaluation from its target, and when: the server's rule
 * (start-self-evaluation.ts) — the roles that create forms, on a project target once it is settled.
 */
const STARTERS = new Set<Role>(['unit_editor', 'finance_reviewer']);
const SETTLED = new Set(['approved', 'published']);

export function canStartSelfEvaluation(role: Role | undefined, kind: string, status: string): boolean {
  return !!role && STARTERS.has(role) && kind === 'project_target' && SETTLED.has(status);
}

export interface StartedSelfEvaluation {
  id: number;
  existing: boolean;
}

/** Where the answer takes the editor, and what it tells them on the way. */
export function afterStart(started: StartedSelfEvaluation): { path: string; message: string } {
  return {
    path: `/self-evaluation/${started.id}`,
    message: started.existing ? '本项目的自评表已存在，已为您打开' : '已按目标表生成年终自评表，请填写实际完成值和预算执行数',
  };
}

/**
 * What the confirmation before a start says: a start writes a new draft sheet (or opens the project's existing
 * one), so nobody makes one by a stray click. Finance may start it for a unit in its scope; it is told who fills it.
 * A year not begun (2027 on 2026-11-24) is said first, and confirming it sends `confirm_future_year` as the server asks.
 */
export function startConfirmation(input: { role: Role | undefined; projectName: string | null; fiscalYear: number | null }, now = new Date()): { title: string; content: string; futureYear: boolean } {
  const project = input.projectName ? `「${input.projectName}」` : '本项目';
  const year = input.fiscalYear ? `${input.fiscalYear} 年度` : '';
  const forUnit = input.role === 'unit_editor' ? '' : '自评表通常由填报单位填写实际完成值；';
  const refusal = input.fiscalYear ? selfEvaluationNotStartedRefusal(input.fiscalYear, now) : null;
  return {
    title: refusal ? `${input.fiscalYear} 年度尚未开始，仍要开始${project}的年终自评？` : `开始${project}的年终自评？`,
    content: `${refusal ? `${refusal}\n` : ''}将按本目标表生成${project}${year}的项目支出绩效自评表（草稿），带入指标、指标值和预算；若该项目已有自评表，则直接打开。${forUnit}生成后可在「绩效自评」中继续填写或删除。`,
    futureYear: refusal !== null,
  };
}
