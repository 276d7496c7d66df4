import { Tooltip } from 'antd';
import { LIGHT_COLORS, LIGHT_LABELS } from '../lib/labels';

export function LightDot({ light, explanation }: { light: string; explanation?: string }) {
  const label = LIGHT_LABELS[light] ?? '无法判断';
  return (
    <Tooltip title={explanation}>
      {/* 无法判断 broke after its third character in an 84 px column: a light reads as one word. */}
      <span tabIndex={0} style={{ whiteSpace: 'nowrap' }} aria-label={`${label}${explanation ? '：' + explanation : ''}`}>
        <span className="light" style={{ background: LIGHT_COLORS[light] ?? '#bfbfbf' }} />
        {label}
      </span>
    </Tooltip>
  );
}
