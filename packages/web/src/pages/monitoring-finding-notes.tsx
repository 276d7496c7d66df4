import { Card, Tag, Typography } from 'antd';
import type { MonitoringFinding } from './monitoring-findings';

/** The findings on one box, under it: what to fix, in red for an error and amber for a warning. */
export function FindingNotes({ findings }: { findings: readonly MonitoringFinding[] }) {
  if (findings.length === 0) return null;
  return (
    <>
      {findings.map((f) => (
        <Typography.Text key={`${f.field}:${f.message}`} type={f.severity === 'error' ? 'danger' : 'warning'} style={{ display: 'block', fontSize: 12, lineHeight: 1.5 }}>
          {f.message}
        </Typography.Text>
      ))}
    </>
  );
}

/**
 * 自动审核 of the table as a whole, as the form editor shows its own: the count of errors (which hold the submission
 * back) and every finding in a list, read by the unit while filling the table in and by finance before 验收.
 */
export function MonitoringReviewCard({ findings }: { findings: readonly MonitoringFinding[] }) {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  return (
    <Card
      size="small"
      style={{ marginBottom: 12 }}
      title={
        <span>
          自动审核 {errors > 0 ? <Tag color="red">{errors} 个错误</Tag> : <Tag color="green">无错误</Tag>}
          {warnings > 0 && <Tag color="gold">{warnings} 处待核对</Tag>}
        </span>
      }
    >
      {findings.length === 0 ? (
        <Typography.Text type="secondary">未发现问题。</Typography.Text>
      ) : (
        <ul aria-label="监控表审核结果" style={{ paddingLeft: 18, margin: 0 }}>
          {findings.map((f) => (
            <li key={`${f.row ?? '-'}:${f.field}:${f.message}`}>
              <Tag color={f.severity === 'error' ? 'red' : 'gold'}>{f.severity === 'error' ? '错误' : '待核对'}</Tag>
              {f.message}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
