import { describe, expect, it } from 'vitest';
import { claimsEveryTargetMet } from './conclusion-claims';

describe('claimsEveryTargetMet: a 评价结论 saying no indicator fell short (held-out set 53F)', () => {
  it.each([
    ['结合年初绩效指标，通过自评，自评总分98.07分，自评等级为优。全面完成了年初设定的各项绩效指标。', true],
    ['坚持督考合一，全面完成了年初各项指标。', true],
    ['项目各项指标均已完成，资金使用规范。', true],
    ['所有绩效目标全部实现。', true],
    ['圆满完成年度绩效目标任务。', true],
    // Hedged, negated, with exceptions, or about something other than the indicators: no such claim.
    ['项目基本完成年初设定的各项绩效指标。', false],
    ['除驿站建设外，其余指标全部完成。', false],
    ['大部分指标均已完成，驿站建设因选址延期。', false],
    ['未能全面完成年度绩效目标。', false],
    ['总体完成了年初设定的各项绩效指标。', false],
    ['全面完成采购任务，资金使用合理。', false],
    ['达到预期绩效目标，预算精细化有待加强。', false],
    ['自评总分98.5分，自评等级为优。', false],
    [null, false],
  ] as Array<[string | null, boolean]>)('%s → %s', (text, claims) => {
    expect(claimsEveryTargetMet(text)).toBe(claims);
  });
});
