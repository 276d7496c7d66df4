import { describe, expect, it } from 'vitest';
import { soleAssignedEvaluation } from './evaluation-sole';

describe('soleAssignedEvaluation', () => {
  it.each([
    { label: 'an evaluator with exactly one assigned evaluation opens it', canCreate: false, items: [{ id: 4 }], opened: false, want: 4 },
    { label: 'with two, the evaluator picks', canCreate: false, items: [{ id: 4 }, { id: 5 }], opened: false, want: null },
    { label: 'with none, there is nothing to open', canCreate: false, items: [], opened: false, want: null },
    { label: 'before the list has loaded, nothing', canCreate: false, items: undefined, opened: false, want: null },
    { label: 'once one was opened on this visit, not again', canCreate: false, items: [{ id: 4 }], opened: true, want: null },
    { label: 'finance starts new evaluations: never steered into one', canCreate: true, items: [{ id: 4 }], opened: false, want: null },
  ])('$label', ({ canCreate, items, opened, want }) => {
    expect(soleAssignedEvaluation(canCreate, items, opened)).toBe(want);
  });
});
