import { useState } from 'react';
import { Modal, Select, Typography } from 'antd';
import type { TemplateItem } from '@jixiao/core';
import { countUnder, moveTargets } from './template-tree';

const LEVEL_NAMES = ['一级指标', '二级指标', '三级指标'] as const;

interface Props {
  items: readonly TemplateItem[];
  item: TemplateItem;
  onMove: (parentId: string | null, label: string) => void;
  onCancel: () => void;
}

/** 移动到…: the places the item may go with its rows (moveTargets), and the level it will take there. */
export function TemplateMoveDialog({ items, item, onMove, onCancel }: Props) {
  const targets = moveTargets(items, item.id);
  const [choice, setChoice] = useState<string | undefined>(undefined);
  const picked = targets.find((t) => (t.id ?? '') === choice);
  const under = countUnder(item);
  return (
    <Modal
      open
      title={`移动「${item.name || '未命名指标'}」到…`}
      okText="移动"
      cancelText="取消"
      okButtonProps={{ disabled: !picked }}
      onOk={() => picked && onMove(picked.id, picked.label)}
      onCancel={onCancel}
    >
      {targets.length === 0 ? (
        <Typography.Paragraph>没有可移入的位置：移到其他指标之下会超过三级。可先调整其下级指标。</Typography.Paragraph>
      ) : (
        <>
          <Typography.Paragraph type="secondary">
            {under > 0 ? `其下 ${under} 个下级指标一并移动。` : ''}移到所选指标的下级末尾；移动后可点「撤销移动」恢复，保存后不能恢复。
          </Typography.Paragraph>
          <Select
            aria-label="移到哪个指标之下"
            style={{ width: '100%' }}
            showSearch={{ optionFilterProp: 'label' }}
            placeholder="选择新的上级指标"
            value={choice}
            onChange={(v: string) => setChoice(v)}
            options={targets.map((t) => ({ value: t.id ?? '', label: t.label }))}
          />
          {picked && <Typography.Paragraph style={{ marginTop: 8 }}>移动后为{LEVEL_NAMES[picked.level]}。</Typography.Paragraph>}
        </>
      )}
    </Modal>
  );
}
