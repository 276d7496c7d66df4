import { Table, Typography } from 'antd';
import type { Form } from '@jixiao/core';
import { filledDepartmentLists, listCellText, type DepartmentListRow } from '../editor/department-lists';

/**
 * A department target's 年度主要任务, 分项绩效目标 and 工作保障措施 as the reviewer reads them under the
 * header summary: the lists the form has, read-only (the editor has the inputs).
 */
export function ReviewDepartmentLists({ form }: { form: Form }) {
  if (form.kind !== 'department_target') return null;
  return (
    <>
      {filledDepartmentLists(form).map(({ list, rows }) => (
        <div key={list.key} style={{ marginTop: 12 }}>
          <Typography.Text strong>{list.label}（{rows.length} 项）</Typography.Text>
          <Table<DepartmentListRow>
            size="small"
            bordered
            style={{ marginTop: 4 }}
            rowKey={(_, i) => String(i)}
            pagination={false}
            dataSource={rows}
            columns={[
              { title: '序号', width: 56, align: 'center' as const, render: (_: unknown, __: DepartmentListRow, i: number) => i + 1 },
              ...list.columns.map((column, k) => ({
                title: column.label,
                width: column.type === 'money' ? 130 : k === 0 ? '24%' : undefined,
                align: column.type === 'money' ? ('right' as const) : undefined,
                render: (_: unknown, row: DepartmentListRow) => <span style={{ whiteSpace: 'pre-wrap' }}>{listCellText(column, row)}</span>,
              })),
            ]}
          />
        </div>
      ))}
    </>
  );
}
