import * as core from '@jixiao/core';
import type { Form, HistoryEntry, PeerEntry, Policy } from '@jixiao/core';
import type { Finding } from '../api/types';

/**
 * The review rules, looked up by name in @jixiao/core (as the server does) so the editor
 * keeps working while they are being written; without them the server's findings show.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyFn = (...args: any[]) => any;
function find<T extends AnyFn>(name: string): T | null {
  const value = (core as Record<string, unknown>)[name];
  return typeof value === 'function' ? (value as T) : null;
}

export const corePort = {
  reviewForms: find<(forms: Form[], options: { policy: Policy; frameworkFromYear?: boolean; projectTargetAtPolicyTotal?: boolean; publishing?: boolean; history?: HistoryEntry[]; peers?: PeerEntry[] }) => Finding[] | { findings: Finding[] }>('reviewForms'),
};
