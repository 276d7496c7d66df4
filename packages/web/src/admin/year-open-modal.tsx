import { useEffect, useState } from 'react';
import { Alert, App, Checkbox, Form, Input, Modal, Typography } from 'antd';
import { api, errorMessage } from '../api/client';
import { yearActionSummary, type OpenFormCounts } from '../lib/year-closed';

/** The year (or one region's year) the admin is closing or reopening, with what closing it would freeze. */
export interface YearOpenTarget {
  year: number;
  regionId?: number;
  regionName?: string;
  /** Its status now: true 进行中 (the action closes it), false 已关闭 (the action reopens it). */
  open: boolean;
  counts?: OpenFormCounts;
}

interface Values {
  reason: string;
  confirm?: boolean;
}

/** 关闭年度 / 重新开放: asks for the reason (kept in the audit log) and, when forms are unfinished, a confirmation. */
export function YearOpenModal({ target, onClose, onDone }: { target: YearOpenTarget | null; onClose: () => void; onDone: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    if (target) form.resetFields();
  }, [target, form]);
  if (!target) return null;
  const summary = yearActionSummary({ year: target.year, regionName: target.regionName ?? null, open: target.open, counts: target.counts ?? {} });
  const closing = target.open;

  const send = async (values: Values) => {
    setSaving(true);
    try {
      await api.patch(`/api/fiscal-years/${target.year}`, {
        open: !closing,
        reason: values.reason.trim(),
        ...(target.regionId != null ? { region_id: target.regionId } : {}),
        ...(closing && summary.needsConfirm ? { confirm_open_forms: true } : {}),
      });
      message.success(closing ? `已关闭 ${target.regionName ? `${target.regionName} ` : ''}${target.year} 年度` : `已重新开放 ${target.regionName ? `${target.regionName} ` : ''}${target.year} 年度`);
      onDone();
    } catch (error) {
      // Forms may have moved on since the list was read: the server's message gives the counts as they are now.
      message.error(errorMessage(error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={summary.title}
      okText={closing ? '关闭年度' : '重新开放'}
      okButtonProps={{ danger: closing }}
      cancelText="取消"
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Alert type={summary.needsConfirm ? 'warning' : 'info'} showIcon title={summary.content} style={{ marginBottom: 12 }} />
      <Form<Values> form={form} name="fiscal-year-open" layout="vertical" onFinish={(v) => void send(v)}>
        <Form.Item
          label={closing ? '关闭原因' : '重新开放原因'}
          name="reason"
          extra="记入审计日志。"
          rules={[{ validator: (_, v: string | undefined) => (v?.trim() ? Promise.resolve() : Promise.reject(new Error(closing ? '请填写关闭年度的原因' : '请填写重新开放的原因'))) }]}
        >
          <Input.TextArea aria-label={closing ? '关闭原因' : '重新开放原因'} rows={2} maxLength={1000} placeholder={closing ? '例如：年度决算完成，停止修改' : '例如：补录漏报项目'} />
        </Form.Item>
        {closing && summary.needsConfirm && (
          <Form.Item name="confirm" valuePropName="checked" rules={[{ validator: (_, v: boolean | undefined) => (v ? Promise.resolve() : Promise.reject(new Error('请确认未办结的表将停在当前状态'))) }]}>
            <Checkbox>我已知晓：未办结的表将停在当前状态，不能再修改或审核</Checkbox>
          </Form.Item>
        )}
        {!closing && <Typography.Text type="secondary">重新开放后，填报单位和审核人员可以继续处理该年度的表。</Typography.Text>}
      </Form>
    </Modal>
  );
}
