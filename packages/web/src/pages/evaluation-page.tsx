import { useMemo, useState } from 'react';
import { Alert, App, Button, Card, Col, InputNumber, Row, Select, Space, Statistic, Table, Tag, Tooltip, Typography } from 'antd';
import { SaveOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import {
  BUILTIN_TEMPLATES, compileFormula, evaluateTemplate, flattenTemplate,
  type EvaluatedItem, type EvaluationTemplate, type TemplateItem,
} from '@jixiao/core';
import { api, errorMessage } from '../api/client';
import { optionalGet, useOrgs } from '../api/queries';

function useTemplates() {
  return useQuery({
    queryKey: ['evaluation-templates'],
    queryFn: async ({ signal }) => {
      const stored = await optionalGet<{ items: EvaluationTemplate[] }>('/api/evaluation-templates', undefined, signal);
      const byId = new Map<string, EvaluationTemplate>(BUILTIN_TEMPLATES.map((t) => [t.id, t]));
      for (const t of stored?.items ?? []) if (t && t.id && Array.isArray(t.items)) byId.set(t.id, t);
      return [...byId.values()];
    },
  });
}

/** Named formula inputs of a template, in first-use order. */
function formulaInputs(template: EvaluationTemplate): string[] {
  const names: string[] = [];
  for (const { item } of flattenTemplate(template.items)) {
    if (!item.formula) continue;
    const compiled = compileFormula(item.formula);
    if (compiled.ok) for (const n of compiled.formula.inputs) if (!names.includes(n)) names.push(n);
  }
  return names;
}

/** 部门评价: fill a template's inputs and scores; formulas are evaluated live by the core evaluator. */
export function EvaluationPage() {
  const { message } = App.useApp();
  const templates = useTemplates();
  const orgs = useOrgs();
  const [templateId, setTemplateId] = useState<string | undefined>();
  const [org, setOrg] = useState<string | undefined>();
  const [year, setYear] = useState(new Date().getFullYear() - 1);
  const [inputs, setInputs] = useState<Record<string, number | null>>({});
  const [entered, setEntered] = useState<Record<string, number>>({});
  const [deductions, setDeductions] = useState<Record<string, number>>({});
  const [saving, setSaving] = useState(false);

  const template = (templates.data ?? []).find((t) => t.id === templateId) ?? templates.data?.[0] ?? null;
  const names = useMemo(() => (template ? formulaInputs(template) : []), [template]);
  const items = useMemo(() => (template ? new Map(flattenTemplate(template.items).map(({ item }) => [item.id, item])) : new Map<string, TemplateItem>()), [template]);
  const result = useMemo(() => (template ? evaluateTemplate(template, { inputs, enteredScores: entered, deductions }) : null), [template, inputs, entered, deductions]);

  const save = async () => {
    if (!template || !result) return;
    if (!org) {
      message.warning('请选择被评价的部门');
      return;
    }
    setSaving(true);
    try {
      await api.post('/api/evaluations', { template_id: template.id, org, fiscal_year: year, inputs, entered_scores: entered, deductions, total: result.total });
      message.success(`评价已保存，总分 ${result.total}`);
    } catch (error) {
      message.error(errorMessage(error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <div className="page">
      <Typography.Title level={3}>部门评价</Typography.Title>
      <Card size="small" style={{ marginBottom: 12 }}>
        <Space wrap>
          <span>评价模板</span>
          <Select aria-label="评价模板" style={{ width: 360 }} loading={templates.isLoading} value={template?.id} onChange={setTemplateId} options={(templates.data ?? []).map((t) => ({ value: t.id, label: t.name }))} />
          <span>被评价部门</span>
          <Select aria-label="被评价部门" showSearch optionFilterProp="label" style={{ width: 300 }} value={org} onChange={setOrg} options={(orgs.data?.items ?? []).map((o) => ({ value: o.code, label: `${o.name}（${o.code}）` }))} placeholder="选择部门" />
          <span>年度</span>
          <InputNumber aria-label="评价年度" value={year} min={2000} max={2100} onChange={(v) => v && setYear(v)} />
          <Button type="primary" icon={<SaveOutlined />} loading={saving} onClick={save}>保存评价</Button>
        </Space>
      </Card>
      {templates.error && <Alert type="error" showIcon title={errorMessage(templates.error)} />}
      {template && result && (
        <Row gutter={12}>
          <Col span={7}>
            <Card size="small" title="公式输入数据" style={{ marginBottom: 12 }}>
              {names.length === 0 && <Typography.Text type="secondary">此模板没有公式。</Typography.Text>}
              {names.map((name) => (
                <div key={name} style={{ display: 'flex', alignItems: 'center', gap: 8, marginBottom: 6 }}>
                  <label htmlFor={`in-${name}`} style={{ flex: 1, fontSize: 13 }}>{name}</label>
                  <InputNumber id={`in-${name}`} aria-label={name} value={inputs[name] ?? null} onChange={(v) => setInputs((p) => ({ ...p, [name]: v ?? null }))} style={{ width: 130 }} />
                </div>
              ))}
            </Card>
            <Card size="small"><Statistic title="评价总分" value={result.total} precision={2} suffix={`/ ${template.totalScore}`} /></Card>
          </Col>
          <Col span={17}>
            <Card size="small" title={template.name}>
              <Table<EvaluatedItem>
                size="small"
                rowKey="id"
                pagination={false}
                dataSource={result.items}
                scroll={{ y: 'calc(100vh - 320px)' }}
                columns={[
                  {
                    title: '指标',
                    render: (_, it) => (
                      <span style={{ paddingLeft: (it.level - 1) * 16, fontWeight: it.level === 1 ? 600 : 400 }}>
                        {it.name}
                        {items.get(it.id)?.deduction && <Tag color="red" style={{ marginLeft: 4 }}>扣分项</Tag>}
                      </span>
                    ),
                  },
                  { title: '分值', dataIndex: 'maxScore', width: 60 },
                  {
                    title: '评分方式',
                    width: 260,
                    render: (_, it) => {
                      const def = items.get(it.id);
                      return <Typography.Text type="secondary" style={{ fontSize: 12 }} ellipsis={{ tooltip: def?.scoringText ?? def?.formula }}>{def?.formula ? `公式：${def.formula}` : def?.scoringText ?? ''}</Typography.Text>;
                    },
                  },
                  {
                    title: '得分',
                    width: 130,
                    render: (_, it) => {
                      const def = items.get(it.id);
                      const leaf = !def?.children?.length;
                      const tip = (
                        <div>
                          <div>{it.derivation.rule}</div>
                          <div>{it.derivation.arithmetic}</div>
                          {it.issues.map((s, k) => <div key={k}>⚠ {s}</div>)}
                        </div>
                      );
                      if (leaf && it.source !== 'formula') {
                        const isDeduction = it.source === 'deduction';
                        const map = isDeduction ? deductions : entered;
                        const set = isDeduction ? setDeductions : setEntered;
                        return (
                          <Tooltip title={tip}>
                            <InputNumber
                              size="small"
                              aria-label={`${it.name}${isDeduction ? '扣分' : '得分'}`}
                              placeholder={isDeduction ? '扣分' : '得分'}
                              min={0}
                              max={isDeduction ? (def?.limit ?? undefined) : (it.maxScore ?? undefined)}
                              value={map[it.id] ?? null}
                              onChange={(v) =>
                                set((p) => {
                                  const next = { ...p };
                                  if (v === null) delete next[it.id];
                                  else next[it.id] = v;
                                  return next;
                                })
                              }
                              style={{ width: 90 }}
                            />
                          </Tooltip>
                        );
                      }
                      return (
                        <Tooltip title={tip}>
                          <span tabIndex={0} style={{ fontWeight: it.level === 1 ? 600 : 400, borderBottom: '1px dashed #999' }}>
                            {it.score ?? '—'}
                            {it.issues.length > 0 && ' ⚠'}
                          </span>
                        </Tooltip>
                      );
                    },
                  },
                ]}
              />
            </Card>
          </Col>
        </Row>
      )}
    </div>
  );
}
