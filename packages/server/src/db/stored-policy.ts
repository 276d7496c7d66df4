import { DEFAULT_POLICY, makePolicy, type Policy } from '@jixiao/core';

/** A region's stored policy (policies.policy) as the core reads it; none stored, or one no longer valid, is the defaults. */
export function storedPolicy(stored: unknown): Policy {
  if (stored === null || stored === undefined) return DEFAULT_POLICY;
  try {
    return makePolicy(stored);
  } catch {
    return DEFAULT_POLICY;
  }
}
