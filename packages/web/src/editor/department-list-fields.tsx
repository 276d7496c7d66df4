import { Button, Input, InputNumber, Space, Table, Tooltip, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { DepartmentTarget } from '@jixiao/core';
import {
  DEPARTMENT_LISTS, insertListRow, listCellText, removeListRow, updateListRow,
  type DepartmentList, type DepartmentListColumn, type DepartmentListRow, type ListCell,
} from './department-lists';

interface Props {
  form: DepartmentTarget;
  readOnly: boolean;
  onChange: (patch: Partial<DepartmentTarget>) => void;
}

function columnWidth(column: DepartmentListColumn, first: boolean): string | number | undefined {
  if (column.type === 'money') return 150;
  return first ? '26%' : undefined;
}

function ListTable({ list, rows, readOnly, onRows }: { list: DepartmentList; rows: DepartmentListRow[]; readOnly: boolean; onRows: (rows: DepartmentListRow[]) => void }) {
  const set = (index: number, field: string, value: ListCell) => onRows(updateListRow(list, rows, index, field, value));
  const cell = (column: DepartmentListColumn, row: DepartmentListRow, i: number) => {
    const label = `${list.label}第 ${i + 1} 行${column.label}`;
    const value = (row as unknown as Record<string, ListCell>)[column.field] ?? null;
    if (column.type === 'money') {
      return (
        <InputNumber aria-label={label} value={typeof value === 'number' ? value : null} readOnly={readOnly} variant={readOnly ? 'filled' : 'outlined'} size="small" style={{ width: '100%' }} onChange={(v) => set(i, column.field, v ?? null)} />
      );
    }
    return (
      <Input.TextArea aria-label={label} value={listCellText(column, row)} readOnly={readOnly} variant={readOnly ? 'filled' : 'outlined'} size="small" autoSize={{ minRows: 1, maxRows: readOnly ? 24 : 6 }} onChange={(e) => set(i, column.field, e.target.value)} />
    );
  };
  return (
    <div style={{ marginBottom: 12 }}>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 4 }}>
        <Typography.Text strong>{list.label}（{rows.length} 项）</Typography.Text>
        {!readOnly && (
          <Button size="small" icon={<PlusOutlined />} onClick={() => onRows(insertListRow(list, rows, rows.length))}>添加{list.item}</Button>
        )}
      </Space>
      <Table<DepartmentListRow>
        size="small"
        bordered
        rowKey={(_, i) => String(i)}
        pagination={false}
        dataSource={rows}
        locale={{ emptyText: readOnly ? `未填写${list.label}` : `还没有${list.label}：点「添加${list.item}」填写` }}
        columns={[
          { title: '序号', width: 56, align: 'center' as const, render: (_: unknown, __: DepartmentListRow, i: number) => i + 1 },
          ...list.columns.map((column, k) => ({
            title: column.label,
            width: columnWidth(column, k === 0),
            render: (_: unknown, row: DepartmentListRow, i: number) => cell(column, row, i),
          })),
          ...(readOnly
            ? []
            : [
                {
                  title: '操作',
                  width: 88,
                  align: 'center' as const,
                  render: (_: unknown, __: DepartmentListRow, i: number) => (
                    <Space size={0}>
                      <Tooltip title={`在下方插入${list.item}`}>
                        <Button type="text" size="small" aria-label={`在${list.label}第 ${i + 1} 行下方插入`} icon={<PlusOutlined />} onClick={() => onRows(insertListRow(list, rows, i))} />
                      </Tooltip>
                      <Tooltip title={`删除本${list.item}`}>
                        <Button type="text" size="small" danger aria-label={`删除${list.label}第 ${i + 1} 行`} icon={<DeleteOutlined />} onClick={() => onRows(removeListRow(rows, i))} />
                      </Tooltip>
                    </Space>
                  ),
                },
              ]),
        ]}
      />
    </div>
  );
}

/**
 * 年度主要任务, 分项绩效目标 and 工作保障措施 of a department target: rows edited in place and saved with the
 * form like the other header fields (a removal is undone by not saving, as any other edit).
 */
export function DepartmentListFields({ form, readOnly, onChange }: Props) {
  return (
    <>
      {DEPARTMENT_LISTS.map((list) => {
        const rows = (form[list.key] ?? []) as DepartmentListRow[];
        // A locked form shows only the lists it has, as the exports print them; an editable one offers all three.
        if (readOnly && rows.length === 0) return null;
        return <ListTable key={list.key} list={list} rows={rows} readOnly={readOnly} onRows={(next) => onChange({ [list.key]: next } as Partial<DepartmentTarget>)} />;
      })}
    </>
  );
}
