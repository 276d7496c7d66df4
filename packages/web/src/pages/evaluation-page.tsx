import { useMemo, useState } from 'react';
import { Alert, App, Button, Card, Col, InputNumber, Row, Select, Space, Statistic, Table, Tag, Tooltip, Typography } from 'antd';
import { DownloadOutlined, SaveOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  BUILTIN_TEMPLATES, compileFormula, evaluateTemplate, flattenTemplate,
  type EvaluatedItem, type EvaluationTemplate, type TemplateItem,
} from '@jixiao/core';
import { canSeeEvaluations, evaluationRights, useAuth } from '../api/auth-context';
import { api, errorMessage } from '../api/client';
import { optionalGet, useOrgs } from '../api/queries';
import { statusLabel } from '../lib/labels';

interface TemplateChoice {
  /** The server's id for the stored template; null for a built-in one the server does not list. */
  serverId: number | null;
  template: EvaluationTemplate;
}

interface EvaluationView {
  id: number;
  template: { id: number; key: string | null; name: string };
  org: string;
  org_name: string;
  fiscal_year: number;
  status: string;
  version: number;
  inputs: Record<string, number | null>;
  scores: Record<string, number>;
  deductions: Record<string, number>;
}

interface EvaluationListItem {
  id: number;
  org: string;
  org_name: string;
  fiscal_year: number;
  template_name: string;
  status: string;
  total_score: number | null;
  grade: string | null;
}

function useTemplates() {
  return useQuery({
    queryKey: ['evaluation-templates'],
    queryFn: async ({ signal }): Promise<TemplateChoice[]> => {
      const stored = await optionalGet<{ items: Array<{ id: number; template: EvaluationTemplate }> }>('/api/evaluation-templates', undefined, signal);
      const choices: TemplateChoice[] = (stored?.items ?? []).filter((t) => t.template && Array.isArray(t.template.items)).map((t) => ({ serverId: t.id, template: t.template }));
      for (const builtin of BUILTIN_TEMPLATES) if (!choices.some((c) => c.template.id === builtin.id)) choices.push({ serverId: null, template: builtin });
      return choices;
    },
  });
}

function useEvaluations() {
  return useQuery({
    queryKey: ['evaluations'],
    queryFn: async ({ signal }) => (await optionalGet<{ items: EvaluationListItem[] }>('/api/evaluations', undefined, signal))?.items ?? [],
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

/** 部门评价 for the roles the server lets read it; the others are told who fills it in instead of meeting a refusal. */
export function EvaluationPage() {
  const { user } = useAuth();
  if (canSeeEvaluations(user)) return <EvaluationEditor />;
  return (
    <div className="page">
      <Typography.Title level={3}>部门评价</Typography.Title>
      <Alert type="info" showIcon title="部门评价由财政部门或受托的第三方评价机构填写，您的角色无需在此操作。" description="本单位的项目绩效自评请到「绩效自评」填写；评价结果由财政部门反馈。" />
    </div>
  );
}

/** Why the current user may not save, or null: admins only read, and only finance starts an evaluation. */
function saveBlockReason(rights: { score: boolean; create: boolean }, isNew: boolean): string | null {
  if (!rights.score) return '您的角色只能查看部门评价：评价由财政审核人员创建，财政或第三方评价机构评分。';
  if (isNew && !rights.create) return '新的评价须由财政审核人员创建；请在「已有评价」中打开分配给您的评价后评分。';
  return null;
}

/** 部门评价: fill a template's inputs and scores; formulas are evaluated live by the core evaluator. */
function EvaluationEditor() {
  const { message, modal } = App.useApp();
  const { user } = useAuth();
  const rights = evaluationRights(user);
  const templates = useTemplates();
  const orgs = useOrgs();
  const evaluations = useEvaluations();
  const queryClient = useQueryClient();
  const [templateId, setTemplateId] = useState<string | undefined>();
  const [current, setCurrent] = useState<{ id: number; version: number; status: string } | null>(null);
  const [org, setOrg] = useState<string | undefined>();
  const [year, setYear] = useState(new Date().getFullYear() - 1);
  const [inputs, setInputs] = useState<Record<string, number | null>>({});
  const [entered, setEntered] = useState<Record<string, number>>({});
  const [deductions, setDeductions] = useState<Record<string, number>>({});
  const [saving, setSaving] = useState(false);

  const choice = (templates.data ?? []).find((t) => t.template.id === templateId) ?? templates.data?.[0] ?? null;
  const template = choice?.template ?? null;
  const names = useMemo(() => (template ? formulaInputs(template) : []), [template]);
  const items = useMemo(() => (template ? new Map(flattenTemplate(template.items).map(({ item }) => [item.id, item])) : new Map<string, TemplateItem>()), [template]);
  const result = useMemo(() => (template ? evaluateTemplate(template, { inputs, enteredScores: entered, deductions }) : null), [template, inputs, entered, deductions]);

  const open = async (id: number) => {
    try {
      const view = await api.get<EvaluationView>(`/api/evaluations/${id}`);
      const match = (templates.data ?? []).find((t) => t.serverId === view.template.id);
      if (match) setTemplateId(match.template.id);
      setOrg(view.org);
      setYear(view.fiscal_year);
      setInputs(view.inputs ?? {});
      setEntered(view.scores ?? {});
      setDeductions(view.deductions ?? {});
      setCurrent({ id: view.id, version: view.version, status: view.status });
    } catch (error) {
      message.error(errorMessage(error));
    }
  };

  const save = async (status?: 'submitted') => {
    if (!template || !result || !choice) return;
    if (!org) {
      message.warning('请选择被评价的部门');
      return;
    }
    if (choice.serverId === null) {
      message.error('此模板尚未保存到服务器，无法保存评价；请联系财政管理员导入模板。');
      return;
    }
    setSaving(true);
    try {
      let target = current;
      if (!target) {
        const created = await api.post<EvaluationView>('/api/evaluations', { template: choice.serverId, org, fiscal_year: year });
        target = { id: created.id, version: created.version, status: created.status };
      }
      const saved = await api.put<EvaluationView>(`/api/evaluations/${target.id}`, { version: target.version, inputs, scores: entered, deductions, ...(status ? { status } : {}) });
      setCurrent({ id: saved.id, version: saved.version, status: saved.status });
      queryClient.invalidateQueries({ queryKey: ['evaluations'] });
      message.success(`${status ? '评价已提交' : '评价已保存'}，总分 ${result.total}`);
    } catch (error) {
      message.error(errorMessage(error));
    } finally {
      setSaving(false);
    }
  };

  const blocked = saveBlockReason(rights, !current);
  return (
    <div className="page">
      <Typography.Title level={3}>部门评价</Typography.Title>
      <Card size="small" style={{ marginBottom: 12 }}>
        <Space wrap>
          <span>已有评价</span>
          <Select
            aria-label="打开已有评价"
            placeholder={evaluations.data?.length ? '打开已有评价' : '暂无已有评价'}
            style={{ width: 220 }}
            value={current?.id}
            onChange={open}
            options={(evaluations.data ?? []).map((e) => ({ value: e.id, label: `${e.org_name} ${e.fiscal_year}年 ${e.total_score ?? ''}${e.grade ? `（${e.grade}）` : ''}` }))}
          />
          <span>评价模板</span>
          <Select
            aria-label="评价模板"
            style={{ width: 280 }}
            loading={templates.isLoading}
            value={template?.id}
            disabled={!!current}
            onChange={setTemplateId}
            options={(templates.data ?? []).map((t) => ({ value: t.template.id, label: t.template.name }))}
          />
          <span>被评价部门</span>
          <Select aria-label="被评价部门" disabled={!!current} showSearch optionFilterProp="label" style={{ width: 240 }} value={org} onChange={setOrg} options={(orgs.data?.items ?? []).map((o) => ({ value: o.code, label: `${o.name}（${o.code}）` }))} placeholder="选择部门" />
          <span>年度</span>
          <InputNumber aria-label="评价年度" value={year} min={2000} max={2100} onChange={(v) => v && setYear(v)} />
        </Space>
        {/* The actions on a line of their own, so they never wrap in among the pickers. */}
        <Space wrap style={{ marginTop: 8, display: 'flex' }}>
          <Tooltip title={blocked ?? undefined}>
            <Button type="primary" icon={<SaveOutlined />} loading={saving} disabled={!!blocked || current?.status === 'submitted'} onClick={() => save()}>保存评价</Button>
          </Tooltip>
          <Button
            disabled={!!blocked || !current || current.status === 'submitted'}
            onClick={() =>
              modal.confirm({
                title: '提交评价？',
                content: `提交后评价锁定，不能再修改得分；当前总分 ${result?.total ?? '—'}。`,
                okText: '提交',
                cancelText: '取消',
                onOk: () => save('submitted'),
              })
            }
          >
            提交评价
          </Button>
          {current && <Button onClick={() => { setCurrent(null); setInputs({}); setEntered({}); setDeductions({}); }}>新建评价</Button>}
          {current && (
            <Tooltip title="报告按已保存的评价数据生成；有未保存的修改请先保存">
              <Button icon={<DownloadOutlined />} href={`/api/evaluations/${current.id}/report`} download>下载评价报告</Button>
            </Tooltip>
          )}
          {current && <Tag>{statusLabel(current.status)} · 第 {current.version} 版</Tag>}
        </Space>
      </Card>
      {templates.error && <Alert type="error" showIcon title={errorMessage(templates.error)} />}
      {template && result && (
        <Row gutter={12}>
          <Col span={7}>
            {/* Templates have dozens of inputs: they scroll in their own box, so the scores stay in view. */}
            <Card size="small" title={`公式输入数据（${names.length} 项）`} style={{ marginBottom: 12 }} styles={{ body: { maxHeight: 'calc(100vh - 240px)', overflow: 'auto' } }}>
              {names.length === 0 && <Typography.Text type="secondary">此模板没有公式。</Typography.Text>}
              {names.map((name) => (
                <div key={name} style={{ display: 'flex', alignItems: 'center', gap: 8, marginBottom: 6 }}>
                  <label htmlFor={`in-${name}`} style={{ flex: 1, fontSize: 13 }}>{name}</label>
                  <InputNumber id={`in-${name}`} aria-label={name} value={inputs[name] ?? null} onChange={(v) => setInputs((p) => ({ ...p, [name]: v ?? null }))} style={{ width: 130 }} />
                </div>
              ))}
            </Card>
          </Col>
          <Col span={17}>
            <Card size="small" style={{ marginBottom: 12, position: 'sticky', top: 0, zIndex: 3 }}>
              <Statistic title="评价总分" value={result.total} precision={2} suffix={`/ ${template.totalScore}`} />
            </Card>
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
