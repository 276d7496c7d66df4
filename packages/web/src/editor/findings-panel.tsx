import { memo } from 'react';
import { Empty, List, Tag, Typography } from 'antd';
import type { Finding } from '../api/types';
import { SEVERITY_COLORS, SEVERITY_LABELS } from '../lib/labels';
import { fieldLabel } from './form-diff';

const ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Review findings, errors first; clicking one focuses the row it concerns. */
export const FindingsPanel = memo(function FindingsPanel({ findings, onPick }: { findings: Finding[]; onPick?: (f: Finding) => void }) {
  const sorted = [...findings].sort((a, b) => ORDER[a.severity] - ORDER[b.severity] || (a.row ?? -1) - (b.row ?? -1));
  if (sorted.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="自动审核未发现问题" />;
  return (
    <List
      size="small"
      className="findings-panel"
      aria-label="审核发现"
      dataSource={sorted}
      renderItem={(f) => (
        <List.Item
          className="finding-item"
          title={`规则：${f.code}`}
          tabIndex={0}
          onClick={() => onPick?.(f)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') onPick?.(f);
          }}
        >
          <div>
            <Tag color={SEVERITY_COLORS[f.severity]}>{SEVERITY_LABELS[f.severity]}</Tag>
            <Typography.Text type="secondary">
              {f.row === null ? '表头' : `第 ${f.row + 1} 行`}
              {f.field ? ` · ${fieldLabel(f.field)}` : ''}
            </Typography.Text>
            <div>{f.message}</div>
          </div>
        </List.Item>
      )}
    />
  );
});
