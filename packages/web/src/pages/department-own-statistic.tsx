import { Space, Statistic, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { usePagedForms } from '../api/queries';
import { departmentOwnComparison, departmentOwnSheet } from './department-own-comparison';

/**
 * The evaluated department's own 部门整体支出绩效自评 of the year, beside 评价总分: finance compares its score with
 * the department's own without leaving the page (a third-party evaluator is listed the published sheet only).
 */
export function DepartmentOwnStatistic({ org, year, total, unscored }: { org: string; year: number; total: number; unscored: number }) {
  const sheets = usePagedForms({ org, fiscal_year: year, kind: 'department_self_evaluation', sort: 'updated_at', order: 'desc' }, 1, 20);
  if (!sheets.data) return null;
  // The org filter reaches the department's units too: their own sheets are not the department's.
  const sheet = departmentOwnSheet(sheets.data.items.filter((f) => f.org === org));
  const c = departmentOwnComparison(sheet, year, { total, unscored });
  return (
    <Space orientation="vertical" size={0} className="department-own-score">
      <Statistic title="部门自评总分" value={c.value} />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {c.detail}
        {sheet && <>{' '}<Link to={`/self-evaluation/${sheet.id}`}>查看自评表</Link></>}
      </Typography.Text>
    </Space>
  );
}
