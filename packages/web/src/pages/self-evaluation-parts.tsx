import type { ReactNode } from 'react';
import { Tooltip } from 'antd';
import type { Derivation } from '@jixiao/core';
import { derivationInputsText } from './derivation-inputs';

/** A score with its derivation (rule, arithmetic, inputs) on hover or keyboard focus. */
export function DerivationTip({ d, children }: { d: Derivation | undefined; children: ReactNode }) {
  if (!d) return <>{children}</>;
  return (
    <Tooltip
      title={
        <div>
          <div>规则：{d.rule}</div>
          <div>计算：{d.arithmetic}</div>
          {Object.keys(d.inputs).length > 0 && <div>输入：{derivationInputsText(d.inputs)}</div>}
        </div>
      }
    >
      <span tabIndex={0} style={{ borderBottom: '1px dashed #999', cursor: 'help' }}>{children}</span>
    </Tooltip>
  );
}
