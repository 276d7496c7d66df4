import type { ReactNode } from 'react';
import { Tag, Tree, Typography } from 'antd';
import { deductionFloors, type EvaluationTemplate, type TemplateItem } from '@jixiao/core';

interface OutlineNode {
  key: string;
  title: ReactNode;
  children?: OutlineNode[];
}

/** A template's items read-only, as 评价模板 shows a built-in or used template before it is copied. */
export function TemplateOutline({ template }: { template: EvaluationTemplate }) {
  const floors = deductionFloors(template.items, template.totalScore);
  const node = (item: TemplateItem): OutlineNode => ({
    key: item.id,
    title: (
      <span>
        {item.name}
        {item.maxScore != null && <Tag style={{ marginLeft: 6 }}>{item.maxScore} 分</Tag>}
        {item.deduction && <Tag color="red">扣分项，最多扣 {floors.get(item.id)?.points ?? template.totalScore} 分</Tag>}
        {item.formula && <Typography.Text type="secondary" style={{ marginLeft: 6 }}>公式：{item.formula}</Typography.Text>}
      </span>
    ),
    ...(item.children?.length ? { children: item.children.map(node) } : {}),
  });
  return (
    <div className="template-outline">
      {template.source && <Typography.Paragraph type="secondary">来源：{template.source}</Typography.Paragraph>}
      {template.totalsNote && <Typography.Paragraph type="secondary">分值不一致说明：{template.totalsNote}</Typography.Paragraph>}
      <Tree showLine defaultExpandAll selectable={false} treeData={template.items.map(node)} />
    </div>
  );
}
