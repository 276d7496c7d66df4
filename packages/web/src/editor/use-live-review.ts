import { useEffect, useState } from 'react';
import { DEFAULT_POLICY, type Form, type Policy } from '@jixiao/core';
import { corePort } from '../lib/core-port';
import type { Finding, FormDetail } from '../api/types';

type ReviewOptions = FormDetail['review_options'];
type StoredData = FormDetail['review_data'];

/** The same review rules the server runs, in the browser, on one form being edited. */
export function reviewOne(form: Form, policy: Policy = DEFAULT_POLICY, options?: ReviewOptions, stored?: StoredData): Finding[] | null {
  if (!corePort.reviewForms) return null;
  const result = corePort.reviewForms([form], {
    policy,
    frameworkFromYear: options?.framework_from_layout ?? policy === DEFAULT_POLICY,
    projectTargetAtPolicyTotal: options?.project_target_at_policy_total ?? false,
    // As the server reviews: every form is on its way to 公开, so personal data is flagged while editing.
    publishing: options?.publishing ?? true,
    // Last year's actuals and other units' targets as the server compared them: the 历史/同类 warnings stay while typing
    // (a name typed anew has no stored data until the next save or reload brings it).
    ...(stored ? { history: stored.history, peers: stored.peers } : {}),
  }) as unknown;
  const findings = (Array.isArray(result) ? result : (result as { findings: Finding[] }).findings) as Finding[];
  return findings;
}

function sameFindings(a: readonly Finding[], b: readonly Finding[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  return a.every((f, i) => {
    const g = b[i]!;
    return f.code === g.code && f.severity === g.severity && f.row === g.row && f.field === g.field && f.message === g.message;
  });
}

/**
 * Findings for the form as typed, recomputed at most every `delay` ms so a 200-row form
 * stays responsive while the user types.
 */
export function useLiveReview(
  form: Form | null, serverFindings: Finding[], delay = 150, policy: Policy = DEFAULT_POLICY, options?: ReviewOptions, stored?: StoredData,
): Finding[] {
  const [findings, setFindings] = useState<Finding[]>(serverFindings);
  useEffect(() => {
    if (!form) return;
    const timer = window.setTimeout(() => {
      try {
        const next = reviewOne(form, policy, options, stored) ?? serverFindings;
        // Unchanged findings keep their array, so the findings list (hundreds of items on a large sheet) does not re-render per keystroke.
        setFindings((prev) => (sameFindings(prev, next) ? prev : next));
      } catch {
        setFindings([{ code: 'review_failed', severity: 'warning', form: 0, row: null, field: null, message: '自动审核未能完成，请保存后由服务器审核。' }]);
      }
    }, delay);
    return () => window.clearTimeout(timer);
  }, [form, delay, policy, options, stored, serverFindings]);
  return findings;
}
