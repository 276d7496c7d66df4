import { Alert, Button, Card, Col, Input, Row } from 'antd';
import { gradeOf, restateTotal, statedGrade, statedTotal, type Grade, type Policy, type ProjectSelfEvaluation } from '@jixiao/core';

type TextField = 'goal_outcome' | 'conclusion' | 'problems' | 'improvements';

const FIELDS: ReadonlyArray<{ key: TextField; label: string; placeholder: string }> = [
  { key: 'goal_outcome', label: '全年实际完成情况', placeholder: '对照年度总体目标，写明全年实际完成了什么（数量与指标完成值一致）' },
  { key: 'conclusion', label: '评价结论', placeholder: '如：经自评，项目自评得分95分，自评等级为优。' },
  { key: 'problems', label: '存在问题', placeholder: '项目实施中存在的主要问题' },
  { key: 'improvements', label: '改进措施', placeholder: '针对问题的改进措施和结果应用' },
];

/**
 * The sheet's own words: 全年实际完成情况, 评价结论, 存在问题, 改进措施. A rescored sheet leaves the total and grade its
 * conclusion prints behind, which the review reports as an error; the clerk is told here and offered the fix.
 */
export function SelfEvaluationTexts({ form, total, policy, readOnly, onChange }: {
  form: ProjectSelfEvaluation;
  total: number;
  policy: Policy;
  readOnly: boolean;
  onChange: (patch: Partial<Pick<ProjectSelfEvaluation, TextField>>) => void;
}) {
  const said = statedTotal(form.conclusion);
  const totalBehind = said !== null && Math.abs(said - total) > 0.005;
  const stated: Grade | null = statedGrade(form.conclusion);
  const earned = gradeOf(total, policy);
  const gradeBehind = !totalBehind && stated !== null && stated !== earned;
  return (
    <Card size="small" style={{ marginTop: 12 }} title="完成情况与评价结论">
      {totalBehind && (
        <Alert
          style={{ marginBottom: 8 }}
          type="error"
          showIcon
          title={`评价结论写自评得分 ${said} 分，与当前总分 ${total} 分不一致；提交前须一致。`}
          action={readOnly ? undefined : (
            <Button size="small" onClick={() => onChange({ conclusion: restateTotal(form.conclusion, total) })}>
              改为 {total} 分
            </Button>
          )}
        />
      )}
      {gradeBehind && (
        <Alert style={{ marginBottom: 8 }} type="error" showIcon title={`评价结论写自评等级「${stated}」，当前总分 ${total} 分应为「${earned}」；请修改评价结论中的等级。`} />
      )}
      <Row gutter={[12, 8]}>
        {FIELDS.map(({ key, label, placeholder }) => (
          <Col key={key} xs={24} md={12}>
            <div style={{ marginBottom: 4 }}>{label}</div>
            <Input.TextArea
              aria-label={label}
              readOnly={readOnly}
              autoSize={{ minRows: 2, maxRows: 6 }}
              placeholder={readOnly ? undefined : placeholder}
              value={form[key] ?? ''}
              onChange={(e) => onChange({ [key]: e.target.value.trim() === '' ? null : e.target.value })}
            />
          </Col>
        ))}
      </Row>
    </Card>
  );
}
