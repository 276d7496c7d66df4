import { Alert, App, Button } from 'antd';
import { conventionalWeights, type Indicator, type Policy, type ProjectSelfEvaluation } from '@jixiao/core';
import { unitWeightsNotice, weightPlanText } from './unit-weights-text';

/**
 * The notice over a self-evaluation whose approved target gave some rows no 分值: those rows are the unit's to weigh, by
 * hand or 「按常规分配分值」, which shows the 分值 it would write and writes them only once the clerk confirms (the page's
 * unsaved-changes flow keeps them unsaved until 保存, so leaving without saving undoes them).
 */
export function UnitWeightsNotice({ form, rows, policy, readOnly, onApply }: {
  form: ProjectSelfEvaluation;
  rows: readonly number[];
  policy: Policy;
  readOnly: boolean;
  onApply: (weights: Array<{ row: number; weight: number }>) => void;
}) {
  const { modal, message } = App.useApp();
  if (rows.length === 0) return null;
  const notice = unitWeightsNotice(form.indicators, rows, policy, form.budget);
  const fill = () => {
    const plan = conventionalWeights(form, rows, policy);
    if (!plan.ok) {
      message.warning(plan.reason);
      return;
    }
    modal.confirm({
      title: '按常规分配分值',
      width: 560,
      content: <div className="weight-plan">{weightPlanText(plan, form.indicators).map((line) => <p key={line} style={{ margin: '4px 0' }}>{line}</p>)}</div>,
      okText: '填入分值',
      cancelText: '取消',
      onOk: () => onApply(plan.weights),
    });
  };
  const empty = rows.some((i) => (form.indicators[i] as Indicator | undefined)?.weight == null);
  return (
    <Alert
      type={notice.settled ? 'info' : 'warning'}
      showIcon
      className="unit-weights-notice"
      style={{ marginBottom: 8 }}
      title={notice.title}
      description={readOnly ? undefined : notice.description}
      action={readOnly || !empty ? undefined : <Button size="small" onClick={fill}>按常规分配分值</Button>}
    />
  );
}
