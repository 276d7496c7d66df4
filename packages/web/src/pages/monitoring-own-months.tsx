import { InputNumber, Space, Typography } from 'antd';
import { ownMonthsIssue, type MonitoringReport } from '@jixiao/core';
import { implementationPeriodLabel } from './monitoring-checks';

type OwnMonths = Pick<MonitoringReport, 'start_month' | 'end_month'>;

/**
 * 实施期: a project that started in 4月, or a 跨年 project whose part in this year ends in 9月, is measured against the
 * months it has run, not the calendar's m/12 (core own-months.ts). Blank is the whole year, so most tables leave it.
 */
export function OwnMonthsField({ value, locked, onChange }: { value: OwnMonths; locked: boolean; onChange: (patch: Partial<OwnMonths>) => void }) {
  if (locked) return <span>{implementationPeriodLabel(value.start_month, value.end_month)}</span>;
  const issue = ownMonthsIssue(value.start_month, value.end_month);
  const month = (label: string, key: keyof OwnMonths, placeholder: string) => (
    <InputNumber aria-label={label} min={1} max={12} precision={0} placeholder={placeholder} suffix="月" style={{ width: 96 }} status={issue ? 'warning' : undefined} value={value[key] ?? null} onChange={(v) => onChange({ [key]: v ?? null })} />
  );
  return (
    <>
      <Space wrap size={6}>
        {month('实施期起始月', 'start_month', '1')}
        <span>至</span>
        {month('实施期结束月', 'end_month', '12')}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>本年度不是全年实施的项目填写（如 4 月开工填起始月 4；跨年项目只填本年度部分），进度按已实施月数计算；全年实施不填。</Typography.Text>
      </Space>
      {issue && <Typography.Text type="warning" style={{ display: 'block', fontSize: 12 }}>{issue}</Typography.Text>}
    </>
  );
}
