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
