import { useEffect, useMemo, useRef, useState } from 'react';
import { Alert, App, Button, Card, Col, Input, InputNumber, Row, Select, Space, Statistic, Table, Tag, Tooltip, Typography } from 'antd';
import { DownloadOutlined, SaveOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import {
  evaluateTemplate, flattenTemplate, isYesNoInput, type EvaluatedItem, type TemplateItem,
} from '@jixiao/core';
import { canSeeEvaluations, evaluationRights, useAuth } from '../api/auth-context';
import { ApiError, api, errorMessage } from '../api/client';
import { confirmOverwrite } from '../lib/confirm-overwrite';
import { useFiscalYears, useOrgs } from '../api/queries';
import { statusLabel } from '../lib/labels';
import { defaultEvaluationYear, evaluableOrgs, needsDeductionTag, evaluationLabel, formulaInputs, givenInputs, inputProblem, isPending, nearName, readTypedInput, storedInputs, templateYearNote, typedFromStored, wholeScorableGroups, type TypedInputs } from './evaluation-inputs';
import { EvaluationScoreCell } from './evaluation-score-cell';
import { EvaluationPublishButton } from './evaluation-publish-button';
import { useUnsavedGuard } from '../editor/use-unsaved-guard';
import { enterToNextInput } from '../lib/enter-to-next-input';
import { YearClosedTag } from '../components/year-closed-tag';
import { regionYearClosed, yearClosedReason } from '../lib/year-closed';
import { openedOf, useEvaluations, useTemplates, type EvaluationView, type Opened } from './evaluation-queries';
import { OldPolicyNotice } from './old-policy-notice';
import { soleAssignedEvaluation } from './evaluation-sole';
import { EvaluatedFormsPanel } from './evaluated-forms-panel';
import { confirmTwinEvaluation, sameEvaluation } from './evaluation-twin';
import { saveBlockReason } from './evaluation-save-block';
import { DepartmentOwnStatistic } from './department-own-statistic';

/** 部门评价 for the roles the server lets read it; the others are told who fills it in instead of meeting a refusal. */
export function EvaluationPage() {
  const { user } = useAuth();
  if (canSeeEvaluations(user)) return <EvaluationEditor />;
  return (
    <div className="page">
      <Typography.Title level={3}>部门评价</Typography.Title>
      <Alert type="info" showIcon title="部门评价由财政部门或受托的第三方评价机构填写，您的角色无需在此操作。" description={user?.role === 'department_reviewer' ? '所辖单位的项目绩效自评在「绩效自评」中查看，提交后在「审核」中审核；评价结果由财政部门反馈。' : '本单位的项目绩效自评请到「绩效自评」填写；评价结果由财政部门反馈。'} />
    </div>
  );
}

/** 部门评价: fill a template's inputs and scores; formulas are evaluated live by the core evaluator. */
function EvaluationEditor() {
  const { message, modal } = App.useApp();
  const { user } = useAuth();
  const rights = evaluationRights(user);
  const templates = useTemplates();
  const orgs = useOrgs();
  const fiscalYears = useFiscalYears();
  const evaluations = useEvaluations();
  const queryClient = useQueryClient();
  const [templateId, setTemplateId] = useState<string | undefined>();
  const [current, setCurrent] = useState<Opened | null>(null);
  // The third-party evaluator finance entrusts a new evaluation to (username); only they, and finance, then see it.
  const [evaluator, setEvaluator] = useState('');
  // The opened evaluation's department by name, for roles whose org list does not reach it (an evaluator's).
  const [openedOrg, setOpenedOrg] = useState<{ value: string; label: string } | null>(null);
  const orgOptions = evaluableOrgs(orgs.data?.items ?? []).map((o) => ({ value: o.code, label: `${o.name}（${o.code}）` }));
  if (openedOrg && !orgOptions.some((o) => o.value === openedOrg.value)) orgOptions.push(openedOrg);
  const [org, setOrg] = useState<string | undefined>();
  // null until the evaluator picks a year: a new evaluation follows its template's year (see defaultEvaluationYear).
  const [pickedYear, setYear] = useState<number | null>(null);
  // Inputs as typed (「95%」, 「1,200万元」): the evaluator reads them live; the server stores the numbers read.
  const [inputs, setInputs] = useState<TypedInputs>({});
  const [entered, setEntered] = useState<Record<string, number>>({});
  const [deductions, setDeductions] = useState<Record<string, number>>({});
  const [saving, setSaving] = useState(false);
  // What was last loaded or saved: anything else on screen is unsaved, and is not dropped without asking.
  const snapshot = JSON.stringify({ inputs: givenInputs(inputs), entered, deductions });
  const [savedSnapshot, setSavedSnapshot] = useState(() => JSON.stringify({ inputs: {}, entered: {}, deductions: {} }));
  const dirty = snapshot !== savedSnapshot;
  const unlessDirty = (title: string, apply: () => void) => {
    if (!dirty) return apply();
    modal.confirm({ title, content: '当前评价有未保存的修改，继续将丢失这些修改。请先保存，或确认放弃。', okText: '放弃修改并继续', okButtonProps: { danger: true }, cancelText: '取消', onOk: apply });
  };

  const choice = (templates.data ?? []).find((t) => t.template.id === templateId) ?? templates.data?.find((t) => !t.archived) ?? null;
  const template = choice?.template ?? null;
  const year = pickedYear ?? defaultEvaluationYear(template, (templates.data ?? []).map((t) => t.template), new Date());
  const yearNote = templateYearNote(template, year);
  const names = useMemo(() => (template ? formulaInputs(template) : []), [template]);
  const items = useMemo(() => (template ? new Map(flattenTemplate(template.items).map(({ item }) => [item.id, item])) : new Map<string, TemplateItem>()), [template]);
  const result = useMemo(() => (template ? evaluateTemplate(template, { inputs: givenInputs(inputs), enteredScores: entered, deductions }) : null), [template, inputs, entered, deductions]);
  const wholeGroups = useMemo(() => (template && result ? wholeScorableGroups(template.items, result.items, entered) : new Set<string>()), [template, result, entered]);
  const flagged = result ? result.items.filter((it) => it.issues.length > 0 && !isPending(it, entered)) : [];
  // Stored inputs no formula of this template reads (a misspelt name): shown, so they can be corrected or cleared.
  const strayInputs = Object.keys(inputs).filter((n) => !names.includes(n));

  const open = async (id: number) => {
    try {
      const view = await api.get<EvaluationView>(`/api/evaluations/${id}`);
      const match = (templates.data ?? []).find((t) => t.serverId === view.template.id);
      if (match) setTemplateId(match.template.id);
      setOrg(view.org);
      setOpenedOrg({ value: view.org, label: `${view.org_name}（${view.org}）` });
      setYear(view.fiscal_year);
      const typed = typedFromStored(view.inputs);
      setInputs(typed);
      setEntered(view.scores ?? {});
      setDeductions(view.deductions ?? {});
      setSavedSnapshot(JSON.stringify({ inputs: givenInputs(typed), entered: view.scores ?? {}, deductions: view.deductions ?? {} }));
      setCurrent(openedOf(view));
    } catch (error) {
      message.error(errorMessage(error));
    }
  };

  type Target = Opened;
  const save = async (status?: 'submitted', base?: Target): Promise<boolean> => {
    if (!template || !result || !choice) return false;
    if (!org) {
      message.warning('请选择被评价的部门');
      return false;
    }
    const read = storedInputs(inputs);
    if (!read.ok) {
      modal.error({ title: '有输入项不是数值，未保存', content: <div>{read.issues.map((m) => <div key={m}>{m}</div>)}</div> });
      return false;
    }
    if (choice.serverId === null) {
      message.error('此模板尚未保存到服务器，无法保存评价；请联系财政管理员导入模板。');
      return false;
    }
    let target = base ?? current;
    const twin = target ? null : sameEvaluation(evaluations.data ?? [], { org, fiscal_year: year, template_name: template.name });
    if (twin && !(await confirmTwinEvaluation(modal, twin))) return false;
    setSaving(true);
    try {
      if (!target) {
        const created = await api.post<EvaluationView>('/api/evaluations', { template: choice.serverId, org, fiscal_year: year, ...(evaluator.trim() ? { evaluator: evaluator.trim() } : {}) });
        target = openedOf(created);
        // Created even if the scores below fail to save: a retry saves into it instead of creating a second one.
        setCurrent(target);
      }
      const saved = await api.put<EvaluationView>(`/api/evaluations/${target.id}`, { version: target.version, inputs: read.inputs, scores: entered, deductions, ...(status ? { status } : {}) });
      setCurrent(openedOf(saved));
      setSavedSnapshot(snapshot);
      queryClient.invalidateQueries({ queryKey: ['evaluations'] });
      message.success(`${status ? '评价已提交' : '评价已保存'}，总分 ${result.total}`);
      return true;
    } catch (error) {
      const stale = target;
      if (error instanceof ApiError && error.status === 409 && stale) {
        confirmOverwrite(modal, message, '评价', async () => {
          const fresh = await api.get<EvaluationView>(`/api/evaluations/${stale.id}`);
          await save(status, openedOf(fresh));
        });
      } else {
        message.error(`保存失败：${errorMessage(error)}修改仍保留在本页，可稍后重试。`);
      }
      return false;
    } finally {
      setSaving(false);
    }
  };

  // An evaluator with one assigned evaluation has nothing to choose: it opens at once, once per visit.
  const autoOpened = useRef(false);
  useEffect(() => {
    const sole = soleAssignedEvaluation(rights.create, evaluations.data, autoOpened.current || current !== null);
    if (sole === null || !templates.data) return;
    autoOpened.current = true;
    void open(sole);
  });

  // The opened evaluation's year as the server says; a new one's as 年度与政策 lists it for the department's region.
  const newInClosedYear = !current && regionYearClosed(fiscalYears.data?.items, orgs.data?.items.find((o) => o.code === org)?.region ?? undefined, year);
  const closedYear = current?.year_closed ? current.fiscal_year : newInClosedYear ? year : null;
  const blocked = saveBlockReason(rights, !current, closedYear);
  // A submitted evaluation, or one the role may only read, cannot be changed: its boxes say so instead of taking edits that cannot be saved.
  // While published, the public report shows the stored scores: they are changed only after 撤回公开.
  const inputsLocked = !!blocked || current?.status === 'submitted' || !!current?.published_at;
  useUnsavedGuard(dirty && !inputsLocked, () => save());
  return (
    <div className="page">
      <Typography.Title level={3}>部门评价</Typography.Title>
      <Card size="small" style={{ marginBottom: 12 }}>
        {/* Each label stays with its box when the toolbar wraps (1280 px). */}
        <Space wrap>
          <Space size={4}>
            <span>已有评价</span>
            <Select
              aria-label="打开已有评价"
              placeholder={evaluations.data?.length ? '打开已有评价' : '暂无已有评价'}
              style={{ width: 220 }}
              value={current?.id}
              onChange={(v: number) => unlessDirty('打开另一份评价？', () => void open(v))}
              options={(evaluations.data ?? []).map((e) => ({ value: e.id, label: evaluationLabel(e, evaluations.data) }))}
            />
          </Space>
          {/* An evaluator only opens what finance entrusted to them: the pickers that start a new one are not theirs. */}
          {(rights.create || current) && <>
          <Space size={4}>
            <span>评价模板</span>
            <Select
              aria-label="评价模板"
              style={{ width: 280 }}
              loading={templates.isLoading}
              value={template?.id}
              disabled={!!current}
              onChange={setTemplateId}
              options={(templates.data ?? []).filter((t) => !t.archived || t.template.id === template?.id).map((t) => ({ value: t.template.id, label: t.template.name }))} />
            {rights.create && <Link to="/evaluation/templates">复制、修改模板</Link>}
          </Space>
          <Space size={4}>
            <span>被评价部门</span>
            <Select aria-label="被评价部门" disabled={!!current} showSearch optionFilterProp="label" style={{ width: 240 }} value={org} onChange={setOrg} options={orgOptions} placeholder="选择部门" />
          </Space>
          <Space size={4}>
            <span>年度</span>
            <InputNumber aria-label="评价年度" value={year} min={2000} max={2100} disabled={!!current} onChange={(v) => v && setYear(v)} />
            {yearNote && <Tag color={yearNote.differs ? 'warning' : undefined}>{yearNote.text}</Tag>}
            {newInClosedYear && <YearClosedTag year={year} />}
          </Space>
          </>}
          {rights.create && !current && (
            <Space size={4}>
              <span>委托评价人员</span>
              <Tooltip title="填写第三方评价机构人员的用户名，评价将分配给他评分；不填则由财政自行评分">
                <Input aria-label="委托评价人员" allowClear style={{ width: 180 }} placeholder="用户名（选填）" value={evaluator} onChange={(e) => setEvaluator(e.target.value)} />
              </Tooltip>
            </Space>
          )}
        </Space>
        {/* The actions on a line of their own, so they never wrap in among the pickers. */}
        <Space wrap style={{ marginTop: 8, display: 'flex' }}>
          <Tooltip title={blocked ?? undefined}>
            <Button type="primary" icon={<SaveOutlined />} loading={saving} disabled={inputsLocked} onClick={() => save()}>保存评价</Button>
          </Tooltip>
          <Tooltip title={current?.year_closed ? (blocked ?? undefined) : undefined}>
            <Button
              disabled={inputsLocked || !current}
              onClick={() =>
                modal.confirm({
                  title: '提交评价？',
                  content: `提交后评价锁定，不能再修改得分；当前总分 ${result?.total ?? '—'}。${result && result.unscored > 0 ? `还有 ${result.unscored} 项未评分，按 0 分计入，评价将没有等级。` : ''}${flagged.length > 0 ? `有 ${flagged.length} 项评分提示未处理，请先核对。` : ''}`,
                  okText: '提交',
                  cancelText: '取消',
                  onOk: () => save('submitted'),
                })
              }
            >
              提交评价
            </Button>
          </Tooltip>
          {current && rights.create && (
            <Button
              onClick={() =>
                unlessDirty('新建评价？', () => {
                  setCurrent(null);
                  setEvaluator('');
                  setYear(null);
                  setInputs({});
                  setEntered({});
                  setDeductions({});
                  setSavedSnapshot(JSON.stringify({ inputs: {}, entered: {}, deductions: {} }));
                })
              }
            >
              新建评价
            </Button>
          )}
          {current && (
            <Tooltip title="报告按已保存的评价数据生成；有未保存的修改请先保存">
              <Button icon={<DownloadOutlined />} href={`/api/evaluations/${current.id}/report`} download>下载评价报告</Button>
            </Tooltip>
          )}
          {current && rights.create && (
            <EvaluationPublishButton
              evaluation={current}
              subject={{ org_name: current.org_name, fiscal_year: current.fiscal_year, total: result?.total ?? null, grade: current.grade ?? null, unscored: result?.unscored ?? 0, dirty, yearClosed: current.year_closed === true, ...(current.graded_under_old_policy ? { policyGrade: current.policy_grade ?? null } : {}) }}
              onChanged={(view) => setCurrent({ ...current, version: view.version, status: view.status, published_at: view.published_at ?? null, grade: view.grade ?? null, policy_grade: view.policy_grade ?? null, graded_under_old_policy: view.graded_under_old_policy ?? false })}
            />
          )}
          {current?.published_at && <Tag color="green">已公开</Tag>}
          {current?.year_closed && <YearClosedTag year={current.fiscal_year} />}
          {current && <Tag>{statusLabel(current.status)} · 第 {current.version} 版{current.evaluator ? ` · 评价人员 ${current.evaluator}` : ''}</Tag>}
          {dirty && !inputsLocked && <Tag color="gold">有未保存的修改</Tag>}
        </Space>
      </Card>
      {templates.error && <Alert type="error" showIcon title={errorMessage(templates.error)} />}
      {current?.year_closed && <Alert type="info" showIcon title={yearClosedReason(current.fiscal_year)} style={{ marginBottom: 12 }} />}
      {current?.published_at && current.graded_under_old_policy && <OldPolicyNotice what="评价" published={{ grade: current.grade }} now={{ grade: current.policy_grade }} />}
      {current && <EvaluatedFormsPanel org={current.org} orgName={current.org_name} />}
      {/* An evaluator only scores what finance assigned: until one is opened there is nothing to fill in. */}
      {!rights.create && !current && (
        <Alert type="info" showIcon title={evaluations.data?.length ? '请在上方「已有评价」中打开一份评价后评分。' : '还没有分配给您的评价。'} description="部门评价由财政审核人员创建并委托评价人员；分配后会出现在「已有评价」中。" />
      )}
      {template && result && (rights.create || current) && (
        // Enter moves down the inputs and down the scores, as in Excel.
        <Row gutter={12}>
          <Col span={7} onKeyDown={enterToNextInput}>
            {/* Templates have dozens of inputs: they scroll in their own box, so the scores stay in view. */}
            <Card size="small" title={`公式输入数据（${names.length} 项）`} style={{ marginBottom: 12 }} styles={{ body: { maxHeight: 'calc(100vh - 240px)', overflow: 'auto' } }}>
              {names.length === 0 && <Typography.Text type="secondary">此模板没有公式。</Typography.Text>}
              {names.length > 0 && <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 8 }}>可带单位填写，如 95%、1,200万元、1.2亿元；金额按万元计。</Typography.Paragraph>}
              {[...names, ...strayInputs].map((name) => {
                const text = inputs[name] ?? '';
                const value = readTypedInput(text, name);
                const stray = !names.includes(name);
                const yesNo = isYesNoInput(name);
                const problem = stray
                  ? `此输入项不在本模板的公式中${nearName(name, names) ? `，可能是「${nearName(name, names)}」写错` : ''}；请改填到正确的输入项后清空此项。`
                  : inputProblem(name, text);
                // Say how a text with a unit or separators was read, so 「1,200万元」 is seen to count as 1200.
                const readAs = value !== null && String(value) !== text.trim() ? (yesNo ? `按 ${value === 0 ? '否' : '是'}（${value}）计` : `按 ${value} 计`) : null;
                return (
                  <div key={name} style={{ marginBottom: 6 }}>
                    <div style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
                      <label htmlFor={`in-${name}`} style={{ flex: 1, fontSize: 13 }}>{name}</label>
                      <Input
                        id={`in-${name}`}
                        aria-label={name}
                        value={text}
                        readOnly={inputsLocked}
                        status={problem ? 'warning' : undefined}
                        placeholder={yesNo ? '是 / 否' : undefined}
                        onChange={(e) => setInputs((p) => ({ ...p, [name]: e.target.value }))}
                        style={{ width: 130 }}
                      />
                    </div>
                    {(problem || readAs) && <Typography.Text type={problem ? 'warning' : 'secondary'} style={{ fontSize: 12, display: 'block', textAlign: 'right' }}>{problem ?? readAs}</Typography.Text>}
                  </div>
                );
              })}
            </Card>
          </Col>
          <Col span={17} onKeyDown={enterToNextInput}>
            <Card size="small" style={{ marginBottom: 12, position: 'sticky', top: 0, zIndex: 3 }}>
              <Space size="large" align="center" wrap>
                <Statistic title="评价总分" value={result.total} precision={2} suffix={`/ ${template.totalScore}`} />
                {org && <DepartmentOwnStatistic org={org} year={year} total={result.total} unscored={result.unscored} />}
                {/* The server's count: the rows a grade waits for (a group scored as a whole counts as done). */}
                {result.unscored > 0 && <Tag>未完成（{result.unscored} 项未评分），暂不评定等级</Tag>}
                {result.totalNote && <Tag color="warning">{result.totalNote}</Tag>}
                {flagged.length > 0 ? <Tag color="warning">评分提示 {flagged.length} 项（见各行下方）</Tag> : <Tag color="success">无评分提示</Tag>}
              </Space>
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
                      <div style={{ paddingLeft: (it.level - 1) * 16 }}>
                        <span style={{ fontWeight: it.level === 1 ? 600 : 400 }}>{it.name}</span>
                        {items.get(it.id)?.deduction && needsDeductionTag(it.name) && <Tag color="red" style={{ marginLeft: 4 }}>扣分项</Tag>}
                        {/* The evaluator's messages under the row they are about, in full. */}
                        {/* A group scored above its printed 分值 (its rows add up to more) says why on the row itself. */}
                        {it.groupNote && it.score != null && it.maxScore != null && it.score > it.maxScore && (
                          <Typography.Text type="warning" style={{ display: 'block', fontSize: 12 }}>⚠ 得分{it.score}高于标注分值{it.maxScore}：{it.groupNote}</Typography.Text>
                        )}
                        {!isPending(it, entered) && it.issues.map((m, k) => (
                          <Typography.Text key={k} type="warning" style={{ display: 'block', fontSize: 12 }}>⚠ {m}</Typography.Text>
                        ))}
                      </div>
                    ),
                  },
                  {
                    title: '分值',
                    width: 90,
                    // The printed 分值 and, where the rows add up to another figure, that sum: as the report prints it.
                    render: (_, it) => (it.rowsMax != null
                      ? <span>{it.maxScore}<Tooltip title={it.groupNote}><Typography.Text type="warning" style={{ display: 'block', fontSize: 12 }}>下级合计{it.rowsMax}</Typography.Text></Tooltip></span>
                      : it.maxScore),
                  },
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
                    render: (_, it) => (
                      <EvaluationScoreCell
                        it={it}
                        def={items.get(it.id)}
                        entered={entered}
                        deductions={deductions}
                        setEntered={setEntered}
                        setDeductions={setDeductions}
                        wholeGroup={wholeGroups.has(it.id)}
                        readOnly={inputsLocked}
                      />
                    ),
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
