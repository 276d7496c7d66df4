import { useState } from 'react';
import { Alert, App, Button, InputNumber, Modal, Progress, Select, Space, Tabs, Typography, Upload } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { ApiError, errorMessage } from '../api/client';
import { uploadWithProgress } from '../api/upload';
import { IMPORT_ACCEPT } from '../lib/import-formats';
import { MonitoringProjectPicker } from './monitoring-project-picker';
import { ImportedTablePreview, handMatchesOf, withHandChoice, type ImportedTable } from './monitoring-import-preview';

interface Props {
  open: boolean;
  onClose: () => void;
  /** The table written: the page opens it. */
  onImported: (table: { form_id: number; month: number }) => void;
}

type Step = 'choose' | 'reading' | 'preview' | 'committing';

/** Codes after which the clerk can answer what the document left open (the project, the period) and read it again. */
const ANSWERABLE = new Set(['no_matching_target', 'validation_failed']);

/**
 * 导入监控表: a 运行监控表 filled in Word/Excel (or printed to PDF) goes into the matching project's table. The file is read
 * into a preview (what will be filled, rows matched and not, lights, findings, what changes in a stored table), nothing is
 * written until 确认导入, and the filled table then opens on the page. The preview stores nothing: a hand match previews
 * the table again on the server with it, and confirming sends the file again with the matches the preview showed.
 */
export function MonitoringImportModal({ open, onClose, onImported }: Props) {
  const { message } = App.useApp();
  const [file, setFile] = useState<File | null>(null);
  const [step, setStep] = useState<Step>('choose');
  const [percent, setPercent] = useState(0);
  const [tables, setTables] = useState<ImportedTable[]>([]);
  const [active, setActive] = useState(0);
  const [error, setError] = useState<{ code: string; message: string } | null>(null);
  const [year, setYear] = useState<number | null>(null);
  const [month, setMonth] = useState<number | null>(null);
  const [formId, setFormId] = useState<string | undefined>();
  // A table being previewed again with a changed hand match: its choices wait for the answer.
  const [rematching, setRematching] = useState(false);

  const reset = () => {
    setFile(null);
    setStep('choose');
    setPercent(0);
    setTables([]);
    setError(null);
    setFormId(undefined);
    setMonth(null);
  };
  const close = () => {
    reset();
    onClose();
  };

  const fields = (f: File, extra: Record<string, string> = {}) => {
    const data = new FormData();
    data.set('file', f);
    if (year) data.set('fiscal_year', String(year));
    if (month) data.set('month', String(month));
    if (formId) data.set('form_id', formId);
    for (const [k, v] of Object.entries(extra)) data.set(k, v);
    return data;
  };

  const preview = async (f: File) => {
    setFile(f);
    setError(null);
    setStep('reading');
    setPercent(0);
    try {
      const answer = await uploadWithProgress<{ tables: ImportedTable[] }>('/api/monitoring/imports', fields(f), setPercent);
      setTables(answer.tables);
      setActive(Math.max(0, answer.tables.findIndex((t) => !t.refusal)));
      setStep('preview');
    } catch (e) {
      setError({ code: e instanceof ApiError ? e.code : 'error', message: errorMessage(e) });
      setTables(e instanceof ApiError ? ((e.details as { tables?: ImportedTable[] } | undefined)?.tables ?? []) : []);
      setStep('choose');
    }
  };

  // 选择对应指标: the table previewed again with the row's new choice; lights, findings and changes are the server's.
  const rematch = (tableIndex: number) => async (row: number, ordinal: number | null) => {
    const current = tables.find((t) => t.index === tableIndex);
    if (!file || !current) return;
    const matches = withHandChoice(handMatchesOf(current), row, ordinal);
    setRematching(true);
    setError(null);
    try {
      const answer = await uploadWithProgress<{ tables: ImportedTable[] }>('/api/monitoring/imports', fields(file, { table: String(tableIndex), matches: JSON.stringify(matches) }), () => undefined);
      const fresh = answer.tables.find((t) => t.index === tableIndex);
      if (fresh) setTables((all) => all.map((t) => (t.index === tableIndex ? fresh : t)));
    } catch (e) {
      setError({ code: e instanceof ApiError ? e.code : 'error', message: errorMessage(e) });
    } finally {
      setRematching(false);
    }
  };

  const table = tables[active];
  const confirm = async () => {
    if (!file || !table?.target || !table.month) return;
    setStep('committing');
    setPercent(0);
    const extra: Record<string, string> = { table: String(table.index), expected_form_id: String(table.target.id), expected_month: String(table.month) };
    if (table.existing) extra.version = String(table.existing.version);
    const matches = handMatchesOf(table);
    if (matches.length > 0) extra.matches = JSON.stringify(matches);
    try {
      const done = await uploadWithProgress<{ monitoring: { form_id: number; month: number } }>('/api/monitoring/imports/commit', fields(file, extra), setPercent);
      message.success(`已导入「${table.target.project_name}」1—${table.month}月监控表${matches.length > 0 ? `（手工对应 ${matches.length} 行）` : ''}，请核对后保存、提交`);
      onImported({ form_id: done.monitoring.form_id, month: done.monitoring.month });
      close();
    } catch (e) {
      setError({ code: e instanceof ApiError ? e.code : 'error', message: errorMessage(e) });
      setStep('preview');
    }
  };

  const busy = step === 'reading' || step === 'committing';
  const answerable = error && ANSWERABLE.has(error.code) && file;
  return (
    <Modal
      open={open}
      title="导入监控表"
      width={1000}
      onCancel={busy ? undefined : close}
      maskClosable={false}
      footer={[
        <Button key="cancel" disabled={busy} onClick={close}>取消</Button>,
        step !== 'choose' && <Button key="again" disabled={busy} onClick={reset}>重新选择文件</Button>,
        <Button key="ok" type="primary" loading={step === 'committing'} disabled={step !== 'preview' || rematching || !table || !!table.refusal} onClick={() => void confirm()}>
          {table?.existing ? '确认导入（填入已有监控表）' : '确认导入'}
        </Button>,
      ]}
    >
      {step === 'choose' && (
        <>
          <Space wrap style={{ marginBottom: 12 }}>
            <span>预算年度：</span>
            <InputNumber aria-label="导入年度" min={2000} max={2100} value={year} placeholder="按文件" onChange={(v) => setYear(v ?? null)} />
            <Typography.Text type="secondary">留空则按文件注明的年度。</Typography.Text>
          </Space>
          <Upload.Dragger
            showUploadList={false}
            accept={IMPORT_ACCEPT}
            customRequest={({ file: f }) => void preview(f as File)}
          >
            <p className="ant-upload-drag-icon"><InboxOutlined /></p>
            <p className="ant-upload-text">将单位填好的运行监控表（Word/Excel，或文字版 PDF）拖到此处，或点击选择文件</p>
            <p className="ant-upload-hint">按项目编码或项目名称找到已审核通过的绩效目标表，逐行对应指标；确认之前不会写入。</p>
          </Upload.Dragger>
        </>
      )}
      {busy && (
        <div role="status" style={{ margin: '12px 0' }}>
          <Progress percent={percent} status="active" aria-label="导入进度" />
          <Typography.Text type="secondary">{step === 'reading' ? `正在读取「${file?.name}」…` : '正在写入监控表…'}</Typography.Text>
        </div>
      )}
      {error && <Alert type="error" showIcon title={error.message} style={{ margin: '12px 0' }} />}
      {answerable && (
        <Space wrap style={{ marginBottom: 12 }}>
          <span>对应项目：</span>
          <MonitoringProjectPicker width={360} value={formId} onChange={setFormId} placeholder="选择已审核通过的项目" emptyText="暂无已批复的项目" />
          <span>监控期间：</span>
          <Select aria-label="导入监控期间" allowClear placeholder="按文件" style={{ width: 120 }} value={month ?? undefined} onChange={(v) => setMonth(v ?? null)} options={Array.from({ length: 12 }, (_, i) => ({ value: i + 1, label: `1—${i + 1}月` }))} />
          <Button onClick={() => void preview(file)}>重新预览</Button>
        </Space>
      )}
      {rematching && <Typography.Paragraph type="secondary" role="status">正在按所选的对应指标重新计算亮灯和审核发现…</Typography.Paragraph>}
      {step === 'preview' && tables.length === 1 && table && <ImportedTablePreview table={table} busy={rematching} onHand={(row, ordinal) => void rematch(table.index)(row, ordinal)} />}
      {step === 'preview' && tables.length > 1 && (
        <Tabs activeKey={String(active)} onChange={(k) => setActive(Number(k))} items={tables.map((t, i) => ({ key: String(i), label: `${t.project_name || `第 ${i + 1} 张`}${t.refusal ? '（不能导入）' : ''}`, children: <ImportedTablePreview table={t} busy={rematching} onHand={(row, ordinal) => void rematch(t.index)(row, ordinal)} /> }))} />
      )}
    </Modal>
  );
}
