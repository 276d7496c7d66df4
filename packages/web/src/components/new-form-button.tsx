import { useEffect, useState } from 'react';
import { Alert, App, Button, InputNumber, Modal, Select, Space, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { FORM_KIND_LABELS, FORM_KINDS, yearOfKind, type FormKind } from '@jixiao/core';
import { api, errorMessage } from '../api/client';
import type { FormDetail, Org } from '../api/types';
import { newFormYear } from '../lib/new-form-year';
import { useFiscalYears } from '../api/queries';
import { regionYearClosed, yearClosedReason } from '../lib/year-closed';

/**
 * 新建表: an empty form of a kind for a unit and year, opened in the editor. `startWith` opens the dialog at once with
 * that kind (工作台's 新建绩效目标表 arrives here with it).
 */
export function NewFormButton({ orgs, defaultOrg, startWith }: { orgs: Org[]; defaultOrg?: string | null; startWith?: FormKind }) {
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(!!startWith);
  const [kind, setKind] = useState<FormKind>(startWith ?? 'project_target');
  const [org, setOrg] = useState<string | undefined>(defaultOrg ?? undefined);
  // The unit may not be known on the first render (a dialog opened at once, before the user's unit is in).
  useEffect(() => {
    if (!org && defaultOrg) setOrg(defaultOrg);
  }, [org, defaultOrg]);
  // The year the kind is filed for today, as an import without a stated year takes it (core yearOfKind).
  const [year, setYear] = useState(() => yearOfKind(startWith ?? 'project_target', new Date()));
  const chooseKind = (next: FormKind) => {
    setKind(next);
    setYear(yearOfKind(next, new Date()));
  };
  const picked = newFormYear(kind, year, new Date());
  // A closed year takes no new forms (the server refuses them): said in the dialog, before 创建.
  const years = useFiscalYears(open);
  const closed = regionYearClosed(years.data?.items, orgs.find((o) => o.code === org)?.region ?? undefined, year);
  const [busy, setBusy] = useState(false);

  const create = async () => {
    if (!org) {
      message.warning('请选择单位');
      return;
    }
    // A self-evaluation of a year not begun is most likely a wrong year: made only once confirmed (the server asks the same).
    if (picked.refusal && !(await confirmFutureYear(picked.refusal))) return;
    setBusy(true);
    try {
      const created = await api.post<FormDetail>('/api/forms', { kind, org, fiscal_year: year, ...(picked.refusal ? { confirm_future_year: true } : {}) });
      queryClient.invalidateQueries({ queryKey: ['forms'] });
      setOpen(false);
      navigate(kind === 'project_self_evaluation' ? `/self-evaluation/${created.id}` : `/forms/${created.id}`);
    } catch (error) {
      message.error(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  const confirmFutureYear = (refusal: string) =>
    new Promise<boolean>((resolve) => {
      modal.confirm({ title: `${year} 年度尚未开始，仍要新建自评表？`, width: 520, content: refusal, okText: '仍然新建', cancelText: '取消', onOk: () => resolve(true), onCancel: () => resolve(false) });
    });

  return (
    <>
      <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>新建表</Button>
      <Modal open={open} title="新建表" okText="创建并编辑" cancelText="取消" confirmLoading={busy} okButtonProps={{ disabled: closed }} onOk={create} onCancel={() => setOpen(false)}>
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Select aria-label="表类型" value={kind} onChange={chooseKind} style={{ width: '100%' }} options={FORM_KINDS.map((k) => ({ value: k, label: FORM_KIND_LABELS[k] }))} />
          <Select aria-label="单位" showSearch optionFilterProp="label" placeholder="选择单位" value={org} onChange={setOrg} style={{ width: '100%' }} options={orgs.map((o) => ({ value: o.code, label: `${o.name}（${o.code}）` }))} />
          <InputNumber aria-label="预算年度" min={2000} max={2100} value={year} onChange={(v) => v && setYear(v)} style={{ width: '100%' }} suffix="年度" />
          <Typography.Text type="secondary">{picked.hint}</Typography.Text>
          {closed && <Alert type="error" showIcon title={yearClosedReason(year)} description="请改选其他年度。" />}
          {picked.refusal && <Alert type="warning" showIcon title={`${year} 年度尚未开始：年终自评通常在年度结束后填写，请核对年度；如确需预填，创建时须再次确认。`} />}
        </Space>
      </Modal>
    </>
  );
}
