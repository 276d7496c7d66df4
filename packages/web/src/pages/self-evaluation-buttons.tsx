import { Button, Tag, Tooltip } from 'antd';
import { SaveOutlined, SendOutlined } from '@ant-design/icons';
import type { closedYearAction } from '../lib/year-closed';

/**
 * 保存自评 and 提交审核 of a self-evaluation sheet (project or department): in sight for whoever could use them, disabled
 * with the reason on a closed year's sheet, and 提交审核 disabled with what still blocks it.
 */
export function SelfEvaluationButtons({ editAction, dirty, saving, blocked, onSave, onSubmit }: {
  editAction: ReturnType<typeof closedYearAction>;
  dirty: boolean;
  saving: boolean;
  blocked: string | null;
  onSave: () => void;
  onSubmit: () => void;
}) {
  if (!editAction.show) return null;
  return (
    <>
      {dirty && <Tag color="gold">有未保存的修改</Tag>}
      <Tooltip title={editAction.reason}>
        <Button icon={<SaveOutlined />} loading={saving} disabled={editAction.disabled} onClick={onSave}>保存自评</Button>
      </Tooltip>
      <Tooltip title={editAction.reason ?? blocked ?? undefined}>
        <Button type="primary" icon={<SendOutlined />} disabled={editAction.disabled || blocked !== null} onClick={onSubmit}>提交审核</Button>
      </Tooltip>
    </>
  );
}
