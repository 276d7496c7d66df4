import { describe, expect, it } from 'vitest';
import { roundScoreInput, scoreInputText } from './score-input';

describe('scoreInputText', () => {
  it.each([
    [28, '28'], [18.89, '18.89'], [18.9, '18.9'], [18.896, '18.9'], [0, '0'], [-4, '-4'], ['28', '28'], [undefined, ''], ['', ''],
  ] as const)('%s reads %s', (value, want) => expect(scoreInputText(value)).toBe(want));

  // Guard: what the clerk is typing is left alone, its point and zeros included.
  it.each(['18.', '18.50', '0.0', '-'])('typing %s shows it as typed', (input) => {
    expect(scoreInputText(Number.parseFloat(input) || 0, { userTyping: true, input })).toBe(input);
  });
});

describe('roundScoreInput', () => {
  it.each([[18.896, 18.9], [18.894, 18.89], [28, 28], [0.005, 0.01]] as const)('%s → %s', (v, want) => expect(roundScoreInput(v)).toBe(want));
});
