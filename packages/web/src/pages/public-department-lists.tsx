import { Fragment } from 'react';
import type { Form } from '@jixiao/core';
import { filledDepartmentLists, listCellText } from '../editor/department-lists';

/**
 * A department target's 年度主要任务, 分项绩效目标 and 工作保障措施 in the official table's style, printed
 * right under it: a label cell spanning the list, a header row, then one row per item, as the exports lay
 * them out (documents' layout-target-forms.ts).
 */
export function PublicDepartmentLists({ form }: { form: Form }) {
  if (form.kind !== 'department_target') return null;
  const lists = filledDepartmentLists(form);
  if (lists.length === 0) return null;
  // Lists have 2 or 3 columns: each one's last column spans the rest, so every row fills the table's width.
  const width = Math.max(...lists.map(({ list }) => list.columns.length));
  const span = (count: number, k: number) => (k === count - 1 ? width - count + 1 : undefined);
  return (
    <section className="official" aria-label="任务、分项目标与保障措施" style={{ paddingTop: 0 }}>
      <div className="official-scroll">
        <table style={{ marginTop: -1 }}>
          <colgroup>
            <col style={{ width: '16%' }} />
            <col style={{ width: '5%' }} />
            <col style={{ width: '24%' }} />
            <col />
            {width > 2 && <col style={{ width: '12%' }} />}
          </colgroup>
          <tbody>
            {lists.map(({ list, rows }) => (
              <Fragment key={list.key}>
                <tr>
                  <td className="label" rowSpan={rows.length + 1}>{list.label}</td>
                  <th>序号</th>
                  {list.columns.map((column, k) => <th key={column.field} colSpan={span(list.columns.length, k)}>{column.label}</th>)}
                </tr>
                {rows.map((row, i) => (
                  <tr key={i}>
                    <td className="num" style={{ textAlign: 'center' }}>{i + 1}</td>
                    {list.columns.map((column, k) => (
                      <td key={column.field} colSpan={span(list.columns.length, k)} className={column.type === 'money' ? 'num' : undefined}>{listCellText(column, row)}</td>
                    ))}
                  </tr>
                ))}
              </Fragment>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
