import { useState } from 'react';
import { Alert, Button, Card, Form, Input, InputNumber, Popconfirm, Select, Space, Switch, Tag, Typography } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, DragOutlined, PlusOutlined } from '@ant-design/icons';
import { describeDeductionFloor, type DeductionFloor, type TemplateItem } from '@jixiao/core';
import { checkFormula, countUnder, previewFormula } from './template-tree';

const LEVEL_NAMES = { 1: '一级指标', 2: '二级指标', 3: '三级指标' } as const;

export interface ItemPanelProps {
  item: TemplateItem;
  /** A 扣分项 above it makes this row take points off as well. */
  underDeduction: boolean;
  /** For a row taking points off: the most it may take off, as the evaluation bounds it. */
  floor: DeductionFloor | null;
  canMoveUp: boolean;
  canMoveDown: boolean;
  onChange: (patch: Partial<TemplateItem>) => void;
  onAddChild: () => void;
  onMove: (delta: -1 | 1) => void;
  /** Opens 移动到…, to move the item with its rows under another parent. */
  onMoveTo: () => void;
  onRemove: () => void;
}

/** One item of the template being edited: its texts, 分值, 扣分项 and formula, checked and tried out as typed. */
export function TemplateItemPanel({ item, underDeduction, floor, canMoveUp, canMoveDown, onChange, onAddChild, onMove, onMoveTo, onRemove }: ItemPanelProps) {
  const under = countUnder(item);
  const deduction = underDeduction || item.deduction === true;
  const formula = checkFormula(item);
  const group = (item.children?.length ?? 0) > 0;
  return (
    <Card
      size="small"
      className="template-item-panel"
      title={<Space><Tag>{LEVEL_NAMES[item.level]}</Tag><span>{item.name || '（未命名）'}</span>{deduction && <Tag color="red">扣分项</Tag>}</Space>}
      extra={
        <Space size={4} wrap>
          <Button size="small" icon={<ArrowUpOutlined />} disabled={!canMoveUp} onClick={() => onMove(-1)}>上移</Button>
          <Button size="small" icon={<ArrowDownOutlined />} disabled={!canMoveDown} onClick={() => onMove(1)}>下移</Button>
          <Button size="small" icon={<DragOutlined />} onClick={onMoveTo}>移动到…</Button>
          {item.level < 3 && <Button size="small" icon={<PlusOutlined />} onClick={onAddChild}>添加{LEVEL_NAMES[(item.level + 1) as 2 | 3]}</Button>}
          <Popconfirm
            title={`删除「${item.name || '未命名指标'}」？`}
            description={under > 0 ? `其下 ${under} 个下级指标将一并删除。删除后可点「撤销删除」恢复，保存后不能恢复。` : '删除后可点「撤销删除」恢复，保存后不能恢复。'}
            okText="删除"
            okButtonProps={{ danger: true }}
            cancelText="取消"
            onConfirm={onRemove}
          >
            <Button size="small" danger icon={<DeleteOutlined />}>删除</Button>
          </Popconfirm>
        </Space>
      }
    >
      <Form layout="vertical" size="small">
        <Form.Item label="指标名称" required validateStatus={item.name.trim() === '' ? 'error' : undefined} help={item.name.trim() === '' ? '指标名称不能为空' : undefined}>
          <Input aria-label="指标名称" value={item.name} maxLength={200} onChange={(e) => onChange({ name: e.target.value })} />
        </Form.Item>
        <Space align="start" wrap>
          <Form.Item label={deduction ? '分值（扣分项可不填）' : '分值'} extra={group ? '下级指标的分值合计见左侧；两者应一致' : item.maxScore == null ? '不填：与同组指标合并计分' : undefined}>
            <InputNumber aria-label="分值" min={0} max={1000} value={item.maxScore} onChange={(v) => onChange({ maxScore: typeof v === 'number' ? v : null })} suffix="分" />
          </Form.Item>
          {!underDeduction && (
            <Form.Item label="扣分项">
              <Switch aria-label="扣分项" checked={item.deduction === true} onChange={(on) => onChange({ deduction: on || undefined, ...(on ? {} : { limit: undefined }) })} checkedChildren="是" unCheckedChildren="否" />
            </Form.Item>
          )}
          {deduction && (
            <Form.Item label="扣分上限" extra={<span className="deduction-floor">{floorText(item, floor)}</span>}>
              <InputNumber aria-label="扣分上限" min={0} max={1000} value={item.limit ?? null} onChange={(v) => onChange({ limit: typeof v === 'number' ? v : null })} suffix="分" />
            </Form.Item>
          )}
        </Space>
        <Form.Item label="指标解释">
          <Input.TextArea aria-label="指标解释" autoSize={{ minRows: 2, maxRows: 6 }} maxLength={5000} value={item.explanation ?? ''} onChange={(e) => onChange({ explanation: e.target.value || null })} />
        </Form.Item>
        <Form.Item label="评分标准">
          <Input.TextArea aria-label="评分标准" autoSize={{ minRows: 2, maxRows: 6 }} maxLength={5000} value={item.scoringText ?? ''} onChange={(e) => onChange({ scoringText: e.target.value || null })} />
        </Form.Item>
        {!group && <FormulaFields item={item} deduction={deduction} cap={floor?.points ?? null} formula={formula} onChange={onChange} />}
      </Form>
    </Card>
  );
}

/** What bounds the row's points off now, and what leaving 扣分上限 blank falls back to. */
function floorText(item: TemplateItem, floor: DeductionFloor | null): string {
  if (!floor) return '本项最多扣的分数';
  const now = `本项最多扣 ${floor.points} 分（${describeDeductionFloor(floor)}）`;
  return item.limit != null ? `${now}。` : `${now}；不填时以本项分值为限，分值也不填则以上级扣分项为限，都没有则扣完为止。`;
}

function FormulaFields({ item, deduction, cap, formula, onChange }: { item: TemplateItem; deduction: boolean; cap: number | null; formula: ReturnType<typeof checkFormula>; onChange: (patch: Partial<TemplateItem>) => void }) {
  const [samples, setSamples] = useState<Record<string, string>>({});
  const listed = item.inputs ?? [];
  // Names the formula reads that are not listed yet: one click adds them, for a name that is meant rather than mistyped.
  const unlisted = formula.ok ? [] : formula.issues.map((m) => /用到「(.+?)」，但它不在本指标的输入项中/.exec(m)?.[1]).filter((n): n is string => !!n);
  const tried = item.formula && formula.ok ? previewFormula(item, Object.fromEntries(Object.entries(samples).filter(([, v]) => v.trim() !== '')), deduction ? cap : null) : null;
  return (
    <>
      <Form.Item label="输入项" extra="公式中可用的数据名称，评价时逐项填写；输入名称后按回车添加">
        <Select aria-label="输入项" mode="tags" tokenSeparators={[',', '，', '、']} value={listed} notFoundContent={null} onChange={(v: string[]) => onChange({ inputs: [...new Set(v.map((n) => n.trim()).filter(Boolean))] })} placeholder="如：执行数、调整预算数" />
      </Form.Item>
      <Form.Item
        label={deduction ? '计算公式（结果为应扣分数）' : '计算公式（结果为得分）'}
        validateStatus={formula.ok ? undefined : 'error'}
        help={formula.ok ? undefined : (
          <div className="formula-issues">
            {formula.issues.map((m) => <div key={m}>{m}</div>)}
            {unlisted.length > 0 && <Button size="small" type="link" style={{ padding: 0 }} onClick={() => onChange({ inputs: [...listed, ...unlisted] })}>把「{unlisted.join('」「')}」加入输入项</Button>}
          </div>
        )}
        extra={formula.ok ? '可用 + − × ÷ ^ %、比较运算和 min、max、abs、round、if 等函数；不填则评价时直接录入得分' : undefined}
      >
        <Input aria-label="计算公式" value={item.formula ?? ''} maxLength={2000} onChange={(e) => onChange({ formula: e.target.value.trim() === '' ? null : e.target.value })} placeholder="如：8 × max(0, 1 − abs(执行数 − 调整预算数) ÷ 调整预算数)" />
      </Form.Item>
      {item.formula && formula.ok && (
        <div className="formula-preview">
          <Typography.Text strong>公式试算</Typography.Text>
          <Space wrap style={{ display: 'flex', margin: '4px 0' }}>
            {formula.inputs.map((name) => (
              <Input key={name} aria-label={`试算：${name}`} prefix={`${name}：`} style={{ width: 240 }} value={samples[name] ?? ''} onChange={(e) => setSamples({ ...samples, [name]: e.target.value })} placeholder="示例值" />
            ))}
          </Space>
          {tried && (tried.ok
            ? <Alert type="success" showIcon title={`试算结果：${deduction ? '扣' : '得'} ${tried.value} 分${tried.raw !== tried.value ? `（公式算得 ${Math.round(tried.raw * 100) / 100}，${deduction ? '按扣分上限' : '按 0 至分值'}计）` : ''}`} />
            : <Alert type="info" showIcon title={formula.inputs.length > 0 && Object.keys(samples).length === 0 ? '填写示例值后显示试算结果' : tried.issues.join('；')} />)}
        </div>
      )}
    </>
  );
}
