import { memo } from 'react';
import { Empty, List, Tag, Typography } from 'antd';
import type { Finding } from '../api/types';
import { SEVERITY_COLORS, SEVERITY_LABELS } from '../lib/labels';
import { findingPlace } from './finding-place';
import { oneFormMessage } from './one-form-message';

const ORDER = { error: 0, warning: 1, info: 2 } as const;

/** One form's review findings, errors first; clicking one focuses the row it concerns. */
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
          // Only a list that can show the cell looks and acts clickable (the import preview cannot).
          className={onPick ? 'finding-item finding-item-link' : 'finding-item'}
          title={onPick ? `点击定位到相关单元格（规则 ${f.code}）` : `规则 ${f.code}`}
          tabIndex={onPick ? 0 : undefined}
          onClick={onPick ? () => onPick(f) : undefined}
          onKeyDown={
            onPick
              ? (e) => {
                  if (e.key === 'Enter') onPick(f);
                }
              : undefined
          }
        >
          <div>
            <Tag color={SEVERITY_COLORS[f.severity]}>{SEVERITY_LABELS[f.severity]}</Tag>
            <Typography.Text type="secondary">{findingPlace(f)}</Typography.Text>
            <div>{oneFormMessage(f.message)}</div>
          </div>
        </List.Item>
      )}
    />
  );
});
