import { Alert, Button, Modal, Table, Typography } from 'antd';
import type { FieldChange } from './form-diff';
import { namedPageItem } from '../lib/list-columns';

interface Props {
  open: boolean;
  changes: FieldChange[];
  serverVersion: number;
  /** Fields both people changed (null: no merge possible, the page has no base version). */
  mergeConflicts: FieldChange[] | null;
  onMerge: () => void;
  onKeepMine: () => void;
  onTakeServer: () => void;
  onCancel: () => void;
}

/** Shown when a save hits 409: what the other person saved vs. what you have, and a choice. */
export function ConflictDialog({ open, changes, serverVersion, mergeConflicts, onMerge, onKeepMine, onTakeServer, onCancel }: Props) {
  return (
    <Modal
      open={open}
      title="保存冲突：此表已被他人修改"
      width={900}
      onCancel={onCancel}
      okText="保留我的修改并覆盖"
      cancelText="暂不处理"
      onOk={onKeepMine}
      footer={(_, { OkBtn, CancelBtn }) => (
        <>
          <CancelBtn />
          <Button onClick={onTakeServer} style={{ marginInlineStart: 8 }}>
            放弃我的修改，采用服务器版本
          </Button>
          <OkBtn />
          {mergeConflicts && (
            <Button type="primary" onClick={onMerge} style={{ marginInlineStart: 8 }}>
              合并双方修改并保存
            </Button>
          )}
        </>
      )}
    >
      {mergeConflicts && (
        <Alert
          type={mergeConflicts.length ? 'warning' : 'success'}
          showIcon
          style={{ marginBottom: 12 }}
          title={mergeConflicts.length ? `「合并双方修改」将保留他人改过而您未改的内容；以下 ${mergeConflicts.length} 处双方都改了，合并时采用您的修改：` : '「合并双方修改」可同时保留他人和您的修改：双方没有改到同一处。'}
          description={mergeConflicts.length ? mergeConflicts.slice(0, 8).map((c) => `${c.row === null ? '表头' : `第 ${c.row + 1} 行`}「${c.label}」：他人改为 ${c.before}，您改为 ${c.after}`).join('；') : undefined}
        />
      )}
      <Typography.Paragraph>
        服务器上的版本已更新为第 {serverVersion} 版。下表列出服务器版本与您当前内容的差异，请确认后选择保留哪一份。
      </Typography.Paragraph>
      <Table<FieldChange>
        size="small"
        rowKey={(c) => `${c.row}-${c.field}`}
        dataSource={changes}
        pagination={{ pageSize: 10, hideOnSinglePage: true, itemRender: namedPageItem }}
        locale={{ emptyText: '内容相同，仅版本号不同，可直接覆盖保存。' }}
        columns={[
          { title: '位置', width: 90, render: (_, c) => (c.row === null ? '表头' : `第 ${c.row + 1} 行`) },
          { title: '字段', width: 110, dataIndex: 'label' },
          { title: '服务器版本', render: (_, c) => <span className="diff-old">{c.before}</span> },
          { title: '我的修改', render: (_, c) => <span className="diff-new">{c.after}</span> },
        ]}
      />
    </Modal>
  );
}
