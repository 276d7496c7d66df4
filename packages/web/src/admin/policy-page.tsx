import { useEffect, useMemo, useState } from 'react';
import { Alert, App, Button, Card, Col, Divider, Form, Input, InputNumber, Modal, Radio, Row, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { PlusOutlined, SaveOutlined, UndoOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { DEFAULT_POLICY, policyOrderIssues, type Policy } from '@jixiao/core';
import type { FormRule } from 'antd';
import { ApiError, api, errorMessage } from '../api/client';
import { useOrgs } from '../api/queries';
import { newYearStatusChange, regionYearClosed, yearClosedReason, type OpenFormCounts } from '../lib/year-closed';
import { YearOpenModal, type YearOpenTarget } from './year-open-modal';
import { rescoreConfirmText, rescoreSavedText, type MoreEffects, type RecountCounts, type RescoreCounts } from './policy-rescore-text';

interface FiscalYear {
  year: number;
  label: string;
  open: boolean;
  /** Unfinished forms by state that closing the year would freeze (regions with a status of their own aside). */
  open_forms?: OpenFormCounts;
  regions?: { region: string; region_id?: number; region_name?: string; open: boolean; open_forms?: OpenFormCounts }[];
}

interface NewYear {
  year: number;
  region?: string;
  status: 'open' | 'closed';
  /** Why, when the status closes or reopens forms (kept in the audit log). */
  reason?: string;
}

interface PolicyView {
  region: string;
  fiscal_year: number;
  policy: Policy;
}

const OVER_ACHIEVEMENT = [
  { value: 'none', label: '不加分：超额完成按满分计' },
  { value: 'explain', label: '须说明：达到阈值倍数须填写原因' },
  { value: 'deduct', label: '扣分：超过阈值倍数按偏离扣分' },
];

const WEIGHT_FIELDS: Array<[keyof Policy['weightTotals'], string]> = [
  ['project_target', '项目支出绩效目标表'],
  ['department_target', '部门整体绩效目标表'],
  ['project_self_evaluation', '项目支出绩效自评表'],
  ['department_self_evaluation', '部门整体支出绩效自评表'],
];

// 一级指标 shares 按常规分配分值 uses (Policy.levelShares); 成本 is optional, so it is its own item below.
const LEVEL_SHARE_FIELDS: Array<['output' | 'benefit' | 'satisfaction', string]> = [
  ['output', '产出指标'],
  ['benefit', '效益指标'],
  ['satisfaction', '满意度指标'],
];

// The settings that must stay in order (policyOrderIssues): each re-checks when another of its group changes.
const ORDERED: Record<string, string[]> = { grades: ['excellent', 'good', 'pass'], monitoring: ['red', 'yellow', 'blue'] };

/** The order rule of a setting in ORDERED: fails on the setting the server would name, saying what it conflicts with. */
function orderRule(name: (string | number)[]): FormRule {
  return ({ getFieldsValue }) => ({
    validator: () => {
      const issue = policyOrderIssues(getFieldsValue(true) as Partial<Policy>).find((i) => i.path[0] === name[0] && i.path[1] === name[1]);
      return issue ? Promise.reject(new Error(issue.detail)) : Promise.resolve();
    },
  });
}

function NumberItem({ name, label, min = 0, max, step, suffix, extra }: { name: (string | number)[]; label: string; min?: number; max?: number; step?: number; suffix?: string; extra?: string }) {
  const group = ORDERED[String(name[0])];
  const ordered = name.length === 2 && !!group?.includes(String(name[1]));
  return (
    <Form.Item
      label={label}
      name={name}
      extra={extra}
      dependencies={ordered ? group!.filter((k) => k !== name[1]).map((k) => [name[0]!, k]) : undefined}
      rules={[{ required: true, message: `请填写${label}` }, ...(ordered ? [orderRule(name)] : [])]}
    >
      <InputNumber aria-label={label} min={min} max={max} step={step} suffix={suffix} style={{ width: '100%' }} />
    </Form.Item>
  );
}

/** 年度与政策 (admin): the fiscal years, and the policy each region uses in a year. */
export function PolicyPage() {
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const orgs = useOrgs();
  const years = useQuery({ queryKey: ['fiscal-years'], queryFn: ({ signal }) => api.get<{ items: FiscalYear[] }>('/api/fiscal-years', undefined, signal) });
  const regions = useMemo(() => (orgs.data?.items ?? []).filter((o) => o.kind === 'region'), [orgs.data]);
  const [region, setRegion] = useState<string | undefined>();
  const [year, setYear] = useState<number | undefined>();
  const [form] = Form.useForm<Policy>();
  const [saving, setSaving] = useState(false);
  const [adding, setAdding] = useState(false);
  const [yearForm] = Form.useForm<NewYear>();
  const [yearAction, setYearAction] = useState<YearOpenTarget | null>(null);
  const regionCode = region ?? regions[0]?.code;
  const thisYear = new Date().getFullYear();
  // Opens on the budget year being prepared, the one 新建表 and 导入 default to (next year), else this year's.
  const yearValue = year ?? years.data?.items.find((y) => y.year === thisYear + 1)?.year ?? years.data?.items.find((y) => y.year === thisYear)?.year ?? years.data?.items.at(-1)?.year;
  const policy = useQuery({
    queryKey: ['policy', regionCode, yearValue],
    enabled: !!regionCode && !!yearValue,
    queryFn: ({ signal }) => api.get<PolicyView>(`/api/policies/${encodeURIComponent(regionCode!)}/${yearValue}`, undefined, signal),
  });

  // A closed year's policy is how its frozen forms were reviewed and scored: read here, changed only after reopening.
  const closedReason = regionYearClosed(years.data?.items, regionCode, yearValue) ? yearClosedReason(yearValue) : undefined;

  useEffect(() => {
    // A policy without shares (levelShares null: split evenly) shows the defaults, which a save then stores.
    if (policy.data) form.setFieldsValue({ ...policy.data.policy, levelShares: policy.data.policy.levelShares ?? DEFAULT_POLICY.levelShares });
  }, [policy.data, form]);

  // The change re-grades the year's stored self-evaluations and 部门评价 (server side, with the save): the admin sees how
  // many first, and which published ones it leaves as published.
  const save = async (values: Policy) => {
    const regionName = regions.find((r) => r.code === regionCode)?.name ?? regionCode;
    const path = `/api/policies/${encodeURIComponent(regionCode!)}/${yearValue}`;
    const body = { policy: { ...policy.data?.policy, ...values } };
    let content: string;
    setSaving(true);
    try {
      const preview = await api.post<{ rescore: RescoreCounts; recount: RecountCounts } & MoreEffects>(`${path}/preview`, body);
      content = rescoreConfirmText(yearValue!, preview.rescore, preview.recount, preview);
    } catch (error) {
      message.error(errorMessage(error));
      return;
    } finally {
      setSaving(false);
    }
    modal.confirm({
      title: `保存 ${regionName} ${yearValue} 年度的政策参数？`,
      content,
      okText: '保存并重新核算',
      cancelText: '取消',
      onOk: async () => {
        setSaving(true);
        try {
          const saved = await api.put<PolicyView & { rescore: RescoreCounts; recount: RecountCounts } & MoreEffects>(path, body);
          queryClient.setQueryData(['policy', regionCode, yearValue], saved);
          // Lists, the 工作台 and open forms read the re-scored figures.
          void queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'policy' });
          message.success(rescoreSavedText(saved.rescore, saved.recount, saved));
        } catch (error) {
          message.error(errorMessage(error));
        } finally {
          setSaving(false);
        }
      },
    });
  };

  // A status other than the one the year's forms have closes or reopens them: the dialog asks why, as 关闭年度 does.
  const newYear = Form.useWatch([], yearForm) as Partial<NewYear> | undefined;
  const newYearChange = newYearStatusChange(years.data?.items, { year: newYear?.year, region: newYear?.region, status: newYear?.status ?? 'open' });
  const addYear = async (values: NewYear, confirmOpenForms = false) => {
    setSaving(true);
    try {
      const created = await api.post<FiscalYear>('/api/fiscal-years', {
        year: values.year,
        region: values.region ?? null,
        status: values.status,
        ...(values.reason?.trim() ? { reason: values.reason.trim() } : {}),
        ...(confirmOpenForms ? { confirm_open_forms: true } : {}),
      });
      message.success(`已新增 ${created.year} 年度`);
      await queryClient.invalidateQueries({ queryKey: ['fiscal-years'] });
      setYear(created.year);
      yearForm.resetFields();
      setAdding(false);
    } catch (error) {
      // Closing freezes unfinished forms where they are: the server counts them, and the admin confirms before it happens.
      if (error instanceof ApiError && error.code === 'unfinished_forms' && !confirmOpenForms) {
        modal.confirm({
          title: `仍要新增为已关闭的 ${values.year} 年度？`,
          content: error.message,
          okText: '确认关闭',
          okButtonProps: { danger: true },
          cancelText: '取消',
          onOk: () => addYear(values, true),
        });
      } else {
        message.error(errorMessage(error));
      }
    } finally {
      setSaving(false);
    }
  };

  const resetToDefault = () =>
    modal.confirm({
      title: '恢复为默认政策？',
      content: '表单中的数值将改为系统默认值（尚未保存，点击“保存政策”后生效）。',
      okText: '恢复默认',
      cancelText: '取消',
      onOk: () => form.setFieldsValue(DEFAULT_POLICY),
    });

  return (
    <div className="page">
      <Typography.Title level={3}>年度与政策</Typography.Title>
      <Row gutter={16} wrap={false}>
        <Col flex="360px">
          <Card size="small" title="预算年度" extra={<Button size="small" icon={<PlusOutlined />} onClick={() => setAdding(true)}>新增年度</Button>}>
            {years.error && <Alert type="error" showIcon title={errorMessage(years.error)} />}
            <Table<FiscalYear>
              size="small"
              rowKey="year"
              pagination={false}
              loading={years.isLoading}
              dataSource={years.data?.items ?? []}
              locale={{ emptyText: '尚无预算年度' }}
              rowClassName={(y) => (y.year === yearValue ? 'ant-table-row-selected' : '')}
              onRow={(y) => ({ onClick: () => setYear(y.year), style: { cursor: 'pointer' } })}
              columns={[
                { title: '年度', dataIndex: 'year', width: 60 },
                // 「2025 年度」 on one line: broken after the number it read as two entries.
                { title: '名称', dataIndex: 'label', render: (label: string) => <span style={{ whiteSpace: 'nowrap' }}>{label}</span> },
                { title: '状态', width: 80, render: (_, y) => (y.open ? <Tag color="green">进行中</Tag> : <Tag>已关闭</Tag>) },
                {
                  title: '操作',
                  width: 84,
                  render: (_, y) => (
                    <Button
                      type="link"
                      size="small"
                      danger={y.open}
                      onClick={(e) => { e.stopPropagation(); setYearAction({ year: y.year, open: y.open, counts: y.open_forms ?? {} }); }}
                    >
                      {y.open ? '关闭年度' : '重新开放'}
                    </Button>
                  ),
                },
              ]}
              expandable={{
                rowExpandable: (y) => (y.regions?.length ?? 0) > 0,
                expandedRowRender: (y) => (
                  <Space wrap size={4}>
                    {(y.regions ?? []).map((r) => {
                      const name = r.region_name ?? regions.find((o) => o.code === r.region)?.name ?? r.region;
                      return (
                        <Space key={r.region} size={0}>
                          <Tag color={r.open ? 'green' : undefined}>{`${name}：${r.open ? '进行中' : '已关闭'}`}</Tag>
                          {r.region_id != null && (
                            <Button type="link" size="small" danger={r.open} onClick={() => setYearAction({ year: y.year, regionId: r.region_id, regionName: name, open: r.open, counts: r.open_forms ?? {} })}>
                              {r.open ? '关闭' : '重新开放'}
                            </Button>
                          )}
                        </Space>
                      );
                    })}
                  </Space>
                ),
              }}
            />
          </Card>
        </Col>
        <Col flex="auto" style={{ minWidth: 0 }}>
          <Card
            size="small"
            title="政策参数"
            extra={
              <Space>
                <span>区划</span>
                <Select aria-label="区划" style={{ width: 220 }} value={regionCode} onChange={setRegion} options={regions.map((r) => ({ value: r.code, label: `${r.name}（${r.code}）` }))} placeholder="选择区划" notFoundContent="尚无财政区划，请先在组织管理中创建" />
                <span>年度</span>
                <Select aria-label="政策年度" style={{ width: 100 }} value={yearValue} onChange={setYear} options={(years.data?.items ?? []).map((y) => ({ value: y.year, label: `${y.year}` }))} />
              </Space>
            }
          >
            {policy.error && <Alert type="error" showIcon title={errorMessage(policy.error)} style={{ marginBottom: 8 }} />}
            {!regionCode && <Alert type="info" showIcon title="尚无财政区划：请先在「组织管理」中新建财政区划，再设置其政策参数。" />}
            {regionCode && closedReason && <Alert type="info" showIcon title={closedReason} style={{ marginBottom: 8 }} />}
            {regionCode && (
              <Form<Policy> form={form} layout="vertical" onFinish={(v) => void save(v)} disabled={policy.isLoading || !!closedReason} onFinishFailed={() => message.error('有参数未填写或不合理，请按红色提示修改')}>
                <Row gutter={16}>
                  <Col span={8}>
                    <Form.Item label="指标体系" name="framework" extra="2020 版：成本指标在产出指标下；2021 版：成本指标为一级指标。">
                      <Radio.Group options={[{ value: '2020', label: '2020 版' }, { value: '2021', label: '2021 版' }]} />
                    </Form.Item>
                  </Col>
                  <Col span={8}><NumberItem name={['minSatisfaction']} label="满意度指标最低目标值" max={100} suffix="%" /></Col>
                  <Col span={8}><NumberItem name={['budgetExecutionWeight']} label="预算执行率分值" max={100} suffix="分" /></Col>
                </Row>
                <Row gutter={16}>
                  <Col span={8}><NumberItem name={['budgetReasonBelowRate']} label="预算执行率低于此值须说明原因" max={100} suffix="%" /></Col>
                </Row>
                <Divider titlePlacement="start" plain>指标权重合计</Divider>
                <Row gutter={16}>
                  {WEIGHT_FIELDS.map(([key, label]) => (
                    <Col span={6} key={key}><NumberItem name={['weightTotals', key]} label={label} max={100} suffix="分" /></Col>
                  ))}
                </Row>
                <Divider titlePlacement="start" plain>自评表按常规分配分值（目标未设分值时，一级指标所占比例）</Divider>
                <Row gutter={16}>
                  {LEVEL_SHARE_FIELDS.map(([key, label]) => (
                    <Col span={6} key={key}><NumberItem name={['levelShares', key]} label={label} max={100} suffix="分" /></Col>
                  ))}
                  <Col span={6}>
                    <Form.Item label="成本指标" name={['levelShares', 'cost']} extra="留空：成本指标与产出指标共用产出的分值">
                      <InputNumber aria-label="成本指标分值比例" min={0} max={100} suffix="分" style={{ width: '100%' }} />
                    </Form.Item>
                  </Col>
                </Row>
                <Typography.Paragraph type="secondary" style={{ marginTop: -8 }}>
                  按比例折算到自评表的指标分值合计；表中缺少的一级指标不占分值，其余按比例分摊；同一一级指标下各指标平均分配，保留两位小数。
                </Typography.Paragraph>
                <Divider titlePlacement="start" plain>超额完成与评分等级</Divider>
                <Row gutter={16}>
                  <Col span={9}>
                    <Form.Item label="超额完成规则" name="overAchievement">
                      <Select aria-label="超额完成规则" options={OVER_ACHIEVEMENT} />
                    </Form.Item>
                  </Col>
                  <Col span={5}><NumberItem name={['overAchievementThreshold']} label="超额阈值（倍）" min={1} step={0.1} /></Col>
                  <Col span={10}>
                    <Row gutter={8}>
                      <Col span={8}><NumberItem name={['grades', 'excellent']} label="优（≥）" max={100} /></Col>
                      <Col span={8}><NumberItem name={['grades', 'good']} label="良（≥）" max={100} /></Col>
                      <Col span={8}><NumberItem name={['grades', 'pass']} label="中（≥）" max={100} /></Col>
                    </Row>
                  </Col>
                </Row>
                <Divider titlePlacement="start" plain>运行监控（双监控）亮灯阈值</Divider>
                <Row gutter={16}>
                  <Col span={8}><NumberItem name={['monitoring', 'red']} label="红灯（进度低于）" suffix="%" max={1000} /></Col>
                  <Col span={8}><NumberItem name={['monitoring', 'yellow']} label="黄灯（进度低于）" suffix="%" max={1000} /></Col>
                  <Col span={8}><NumberItem name={['monitoring', 'blue']} label="蓝灯（进度不低于）" suffix="%" max={1000} /></Col>
                  <Col span={8}><NumberItem name={['monitoring', 'keyBudgetWan']} label="重点监控预算（≥）" suffix="万元" /></Col>
                  <Col span={8}><NumberItem name={['monitoring', 'keyProgress']} label="重点监控进度（<）" suffix="%" max={100} /></Col>
                  <Col span={8}>
                    <Form.Item label="监控月份" name={['monitoring', 'periods']} rules={[{ required: true, message: '请至少选择一个监控月份' }]}>
                      <Select aria-label="监控月份" mode="multiple" options={Array.from({ length: 12 }, (_, i) => ({ value: i + 1, label: `${i + 1}月` }))} />
                    </Form.Item>
                  </Col>
                </Row>
                <Divider titlePlacement="start" plain>定性指标档次与金额容差</Divider>
                <Row gutter={16}>
                  <Col span={8}><NumberItem name={['qualitativeBands', 'achievedMin']} label="达成（≥ 权重比例）" max={1} step={0.05} /></Col>
                  <Col span={8}><NumberItem name={['qualitativeBands', 'partialMin']} label="部分达成（≥）" max={1} step={0.05} /></Col>
                  <Col span={8}><NumberItem name={['qualitativeBands', 'achievedDefault']} label="达成默认得分比例" max={1} step={0.05} /></Col>
                  <Col span={8}><NumberItem name={['qualitativeBands', 'partialDefault']} label="部分达成默认比例" max={1} step={0.05} /></Col>
                  <Col span={8}><NumberItem name={['qualitativeBands', 'notAchievedDefault']} label="未达成默认比例" max={1} step={0.05} /></Col>
                  <Col span={8}><NumberItem name={['amountTolerance']} label="金额容差" suffix="万元" step={0.01} /></Col>
                </Row>
                <Space>
                  <Tooltip title={closedReason}><Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={saving}>保存政策</Button></Tooltip>
                  <Tooltip title={closedReason}><Button icon={<UndoOutlined />} onClick={resetToDefault}>恢复默认值</Button></Tooltip>
                </Space>
              </Form>
            )}
          </Card>
        </Col>
      </Row>
      <YearOpenModal
        target={yearAction}
        onClose={() => setYearAction(null)}
        onDone={() => { setYearAction(null); void queryClient.invalidateQueries({ queryKey: ['fiscal-years'] }); }}
      />
      <Modal title="新增预算年度" open={adding} okText="新增" cancelText="取消" confirmLoading={saving} onOk={() => yearForm.submit()} onCancel={() => setAdding(false)} forceRender>
        <Form<NewYear> form={yearForm} name="new-fiscal-year" layout="vertical" onFinish={(v) => void addYear(v)} initialValues={{ year: thisYear + 1, status: 'open' }}>
          <Form.Item label="年度" name="year" rules={[{ required: true, message: '请填写年度' }]}>
            <InputNumber aria-label="新年度" min={1900} max={2200} precision={0} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item label="区划" name="region" extra="不选则对所有区划新增；选择区划则只记录该区划此年度的状态。">
            <Select aria-label="年度区划" allowClear placeholder="所有区划" options={regions.map((r) => ({ value: r.code, label: `${r.name}（${r.code}）` }))} />
          </Form.Item>
          <Form.Item label="状态" name="status">
            <Radio.Group options={[{ value: 'open', label: '进行中' }, { value: 'closed', label: '已关闭' }]} />
          </Form.Item>
          {newYearChange && (
            <>
              <Alert type={newYearChange.closing ? 'warning' : 'info'} showIcon title={newYearChange.text} style={{ marginBottom: 12 }} />
              <Form.Item
                label={newYearChange.closing ? '关闭原因' : '重新开放原因'}
                name="reason"
                extra="记入审计日志。"
                rules={[{ validator: (_, v: string | undefined) => (v?.trim() ? Promise.resolve() : Promise.reject(new Error(newYearChange.closing ? '请填写关闭年度的原因' : '请填写重新开放的原因'))) }]}
              >
                <Input.TextArea aria-label={newYearChange.closing ? '关闭原因' : '重新开放原因'} rows={2} maxLength={1000} placeholder={newYearChange.closing ? '例如：历史年度，只作查询' : '例如：该区划补录漏报项目'} />
              </Form.Item>
            </>
          )}
        </Form>
      </Modal>
    </div>
  );
}
