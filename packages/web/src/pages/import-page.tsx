import { useMemo, useRef, useState } from 'react';
import { Alert, App, Button, Card, Checkbox, Col, Collapse, InputNumber, List, Progress, Row, Select, Space, Table, Tag, Typography, Upload } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { FORM_KIND_LABELS, type Form } from '@jixiao/core';
import { useAuth } from '../api/auth-context';
import { api, errorMessage } from '../api/client';
import { useFiscalYears, useOrgs } from '../api/queries';
import type { Finding, ImportPreview } from '../api/types';
import { uploadWithProgress } from '../api/upload';
import { uploadSizeProblem } from '../lib/upload-size';
import { FindingsPanel } from '../editor/findings-panel';
import { IMPORT_ACCEPT, IMPORT_FORMATS_HINT } from '../lib/import-formats';
import { COMPARATOR_LABELS, formatTarget, formatWan, statusLabel } from '../lib/labels';
import { commitAllNotice, commitBody, commitNotice, commitSummary, tickedPart, yearLines } from './import-confirm';
import { formYearDiffers, importMismatch, sameOrg } from './import-mismatch';
import { importYearClosed } from './import-year-text';
import { type FileJob, JobStep, MismatchAlert, YearTag, refusalNotes } from './import-job-parts';
import { formPagePath } from '../lib/form-page-path';

function formTitle(form: Form): string {
  return ('project_name' in form && form.project_name) || FORM_KIND_LABELS[form.kind];
}

function findingsOf(preview: ImportPreview, index: number): Finding[] {
  return preview.findings.filter((f) => f.form === index);
}

/** 导入: drop documents, watch each upload, read the preview with warnings and findings, then confirm. */
export function ImportPage() {
  const { user } = useAuth();
  // The unit's own 运行监控表 goes to its project's monitoring table, not to the forms import (only a unit editor fills one).
  const canFillMonitoring = user?.role === 'unit_editor';
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const orgs = useOrgs();
  const [org, setOrg] = useState<string | undefined>(user?.org ?? undefined);
  // Blank: each file is read under the year it states, else the year its kind implies today (the server decides and says which).
  const [year, setYear] = useState<number | null>(null);
  const [jobs, setJobs] = useState<FileJob[]>([]);
  // Previews being or already committed: a second 确认导入 (two dialogs opened by a double click,
  // or 全部确认导入 beside a single one) must not write the same file's forms twice.
  const committing = useRef(new Set<string>());
  const claim = (previewId: string) => {
    if (committing.current.has(previewId)) return false;
    committing.current.add(previewId);
    return true;
  };
  const patch = (uid: string, p: Partial<FileJob>) => setJobs((list) => list.map((j) => (j.uid === uid ? { ...j, ...p } : j)));
  const orgOptions = useMemo(() => (orgs.data?.items ?? []).map((o) => ({ value: o.code, label: `${o.name}（${o.code}）` })), [orgs.data]);

  // A closed year is refused here, where the year is picked, not after the upload and reading (the server refuses it too).
  const fiscalYears = useFiscalYears();
  const closed = importYearClosed(fiscalYears.data?.items, (orgs.data?.items ?? []).find((o) => o.code === org)?.region ?? undefined, year);
  const orgName = (code: string | undefined) => (orgs.data?.items ?? []).find((o) => o.code === code)?.name ?? code ?? '';
  /**
   * Reads a file under a unit and a year (by default those chosen on the page); `replacing` puts it in place of an
   * earlier reading of it.
   */
  const upload = async (file: File, uid: string, asYear: number | null = year, replacing?: string, asOrg = org) => {
    if (!asOrg) {
      message.warning('请先选择所属单位，再上传文件');
      return;
    }
    // Refused before sending, with the file's size, rather than after the whole upload.
    const tooBig = uploadSizeProblem(file);
    const job: FileJob = tooBig
      ? { uid, name: file.name, percent: 0, state: 'failed', since: Date.now(), file, org: asOrg, year: asYear ?? undefined, error: tooBig }
      : { uid, name: file.name, percent: 0, state: 'uploading', since: Date.now(), file, org: asOrg, year: asYear ?? undefined };
    setJobs((list) => (replacing ? list.map((j) => (j.uid === replacing ? job : j)) : [...list, job]));
    if (tooBig) return;
    const data = new FormData();
    data.append('file', file, file.name);
    data.append('org', asOrg);
    if (asYear !== null) data.append('fiscal_year', String(asYear));
    try {
      const preview = await uploadWithProgress<ImportPreview>('/api/imports', data, (percent) => patch(uid, { percent }), () => patch(uid, { state: 'reading', since: Date.now() }));
      // The year the server read the file under (the file's own, or its kind's, when none was chosen).
      patch(uid, { state: 'preview', preview, percent: 100, year: preview.fiscal_year ?? asYear ?? undefined });
    } catch (error) {
      patch(uid, { state: 'failed', error: errorMessage(error), notes: refusalNotes(error), percent: 100 });
    }
  };

  /** The document's own year or units where they differ from what it was read under. */
  const mismatchOf = (job: FileJob): { years: number[]; lines: string[] } => {
    if (!job.preview || !job.year) return { years: [], lines: [] };
    const m = importMismatch(job.preview.forms, job.year, orgName(job.org));
    return { years: m.years, lines: yearLines(job.preview.forms, job.year, orgName(job.org)) };
  };
  /**
   * Reads the same file again under the year the document names, replacing its preview: under the unit it was read
   * under, which the page's choice may no longer be (another unit picked for the next files).
   */
  const rereadAs = (job: FileJob, asYear: number) => {
    if (!job.file) return;
    setYear(asYear);
    void upload(job.file, `${job.uid}-${asYear}`, asYear, job.uid, job.org);
  };
  /** What confirming a previewed file says, the same for one file and for 全部确认导入. */
  // Reading a file again under its own year is not offered when that year is closed for the unit: it would be refused.
  const rereadClosed = (job: FileJob) => {
    const years = mismatchOf(job).years;
    return years.length === 1 && importYearClosed(fiscalYears.data?.items, (orgs.data?.items ?? []).find((o) => o.code === job.org)?.region ?? undefined, years[0]!).blocked !== null;
  };
  const noticeOf = (job: FileJob) => commitNotice(tickedPart({ name: job.name, forms: job.preview?.forms ?? [], findings: job.preview?.findings ?? [], year: job.year, orgName: orgName(job.org), existing: job.preview?.existing }, job.ticked));
  const tickedCount = (job: FileJob) => job.ticked?.length ?? job.preview?.forms.length ?? 0;
  const isTicked = (job: FileJob, i: number) => job.ticked?.includes(i) ?? true;
  const tick = (job: FileJob, i: number, on: boolean) => {
    const all = (job.preview?.forms ?? []).map((_, k) => k);
    patch(job.uid, { ticked: all.filter((k) => (k === i ? on : isTicked(job, k))) });
  };

  const commit = (job: FileJob) => {
    if (!job.preview) return;
    const notice = noticeOf(job);
    modal.confirm({
      title: `确认导入「${job.name}」？`,
      width: notice.warnings.length || notice.duplicates.length ? 560 : undefined,
      content: (
        <>
          {[...notice.warnings, ...notice.duplicates].map((line) => <Typography.Paragraph key={line} type="warning">{line}</Typography.Paragraph>)}
          <div>{commitSummary(notice)}</div>
        </>
      ),
      okText: '确认导入',
      cancelText: '取消',
      onOk: async () => {
        if (!claim(job.preview!.id)) return;
        patch(job.uid, { state: 'committing', since: Date.now(), error: undefined });
        try {
          const result = await api.post<{ forms?: Array<{ id: number | string; kind?: string; project_name?: string | null }>; ids?: Array<number | string> }>(`/api/imports/${job.preview!.id}/commit`, commitBody(job.ticked, job.preview!.forms.length));
          const committed = result?.forms ?? (result?.ids ?? []).map((id) => ({ id }));
          patch(job.uid, { state: 'committed', committed });
          queryClient.invalidateQueries({ queryKey: ['forms'] });
          message.success(`已导入 ${committed.length || tickedCount(job)} 张表`);
        } catch (error) {
          committing.current.delete(job.preview!.id);
          patch(job.uid, { state: 'preview', error: errorMessage(error) });
          message.error(errorMessage(error));
        }
      },
    });
  };

  // A file with every form unticked has nothing to store: 全部确认导入 passes it over.
  const pending = jobs.filter((j) => j.state === 'preview' && j.preview && tickedCount(j) > 0);
  // Several files previewed at once are confirmed with one question, then committed one by one.
  const commitAll = () => {
    const all = commitAllNotice(pending.map(noticeOf));
    modal.confirm({
      title: all.title,
      width: all.sections.length ? 620 : undefined,
      content: (
        <>
          {all.sections.map((section, k) => (
            <div key={k} style={{ marginBottom: 8 }}>
              <Typography.Text strong>「{section.name}」</Typography.Text>
              {section.lines.map((line) => <Typography.Paragraph key={line} type="warning" style={{ margin: '2px 0 0' }}>{line}</Typography.Paragraph>)}
            </div>
          ))}
          <div>{all.summary}</div>
        </>
      ),
      okText: '全部导入',
      cancelText: '取消',
      onOk: async () => {
        let done = 0;
        let skipped = 0;
        for (const job of pending) {
          if (!claim(job.preview!.id)) {
            skipped++;
            continue;
          }
          patch(job.uid, { state: 'committing', since: Date.now(), error: undefined });
          try {
            const result = await api.post<{ forms?: Array<{ id: number | string; kind?: string; project_name?: string | null }>; ids?: Array<number | string> }>(`/api/imports/${job.preview!.id}/commit`, commitBody(job.ticked, job.preview!.forms.length));
            patch(job.uid, { state: 'committed', committed: result?.forms ?? (result?.ids ?? []).map((id) => ({ id })) });
            done++;
          } catch (error) {
            committing.current.delete(job.preview!.id);
            patch(job.uid, { state: 'preview', error: errorMessage(error) });
          }
        }
        queryClient.invalidateQueries({ queryKey: ['forms'] });
        if (done + skipped === pending.length) message.success(`已导入 ${done} 个文件`);
        else message.error(`${pending.length - done} 个文件导入失败，原因见各文件下方的提示`);
      },
    });
  };

  return (
    <div className="page">
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }} align="center">
        <Typography.Title level={3} style={{ margin: 0 }}>导入</Typography.Title>
        {pending.length > 1 && <Button type="primary" onClick={commitAll}>全部确认导入（{pending.length} 个文件）</Button>}
      </Space>
      <Card size="small" style={{ marginBottom: 12 }}>
        <Space wrap style={{ marginBottom: 12 }}>
          <span>所属单位：</span>
          <Select aria-label="所属单位" showSearch optionFilterProp="label" style={{ width: 360 }} placeholder="选择导入到哪个单位" value={org} onChange={setOrg} options={orgOptions} />
          <span>预算年度：</span>
          <InputNumber aria-label="预算年度" min={2000} max={2100} value={year} placeholder="按文件" status={closed.blocked ? 'error' : undefined} onChange={(v) => setYear(v ?? null)} />
          <Typography.Text type="secondary">
            {year === null ? '留空：按文件注明的年度；文件未注明时按表种推定（目标表 9 月起为下一年度，自评表 7 月前为上一年度）' : '所有文件按此年度存放；清空则按文件注明的年度'}
            {year === null && closed.closedYears.length > 0 && `。${closed.closedYears.join('、')} 年度已关闭，注明这些年度的文件不能导入`}
          </Typography.Text>
        </Space>
        {closed.blocked && <Alert type="error" showIcon title={closed.blocked} style={{ marginBottom: 12 }} />}
        {canFillMonitoring && <Typography.Paragraph type="secondary">运行监控表（1—6月、1—7月等执行情况）请到「运行监控」<Link to="/monitoring?import=1">导入监控表</Link>，填入对应项目的监控表。</Typography.Paragraph>}
        <Upload.Dragger
          multiple
          showUploadList={false}
          // The picker offers the importer's formats; anything dropped still goes to the server,
          // whose refusal says what the file is and how to save it readable (not a silent drop).
          accept={{ format: IMPORT_ACCEPT, filter: 'native' }}
          disabled={!org || closed.blocked !== null}
          customRequest={({ file }) => {
            const f = file as File & { uid?: string };
            void upload(f, f.uid ?? `${f.name}-${Date.now()}`);
          }}
        >
          <p className="ant-upload-drag-icon"><InboxOutlined /></p>
          <p className="ant-upload-text">{!org ? '请先选择所属单位' : closed.blocked ? `${year} 年度已关闭，请改选年度` : '将文件拖到此处，或点击选择文件'}</p>
          <p className="ant-upload-hint">支持 {IMPORT_FORMATS_HINT}；可一次上传多个文件。确认之前不会写入数据库。</p>
        </Upload.Dragger>
      </Card>
      {jobs.map((job) => (
        <Card
          key={job.uid}
          size="small"
          style={{ marginBottom: 12 }}
          title={job.name}
          extra={
            job.state === 'preview' ? (
              <Button type="primary" disabled={tickedCount(job) === 0} onClick={() => commit(job)}>
                {tickedCount(job) < (job.preview?.forms.length ?? 0) ? `确认导入（已选 ${tickedCount(job)}/${job.preview?.forms.length} 张）` : '确认导入'}
              </Button>
            ) : job.state === 'committed' ? (
              <Tag color="success">已导入</Tag>
            ) : job.state === 'failed' ? (
              // A refused file has nothing to keep: let the clerk clear it after saving it anew.
              <Button size="small" onClick={() => setJobs((list) => list.filter((j) => j.uid !== job.uid))}>移除</Button>
            ) : null
          }
        >
          <Progress
            percent={job.percent}
            status={job.state === 'failed' ? 'exception' : job.state === 'uploading' || job.state === 'reading' || job.state === 'committing' ? 'active' : 'success'}
            aria-label={`${job.name} 上传进度`}
          />
          {(job.state === 'uploading' || job.state === 'reading' || job.state === 'committing') && (
            <Typography.Text type="secondary" role="status">
              <JobStep job={job} />
            </Typography.Text>
          )}
          {job.error && (
            <Alert
              type="error"
              showIcon
              title={job.error}
              description={job.notes?.length ? <ul style={{ margin: 0, paddingLeft: 20 }}>{job.notes.map((n, k) => <li key={k}>{n}</li>)}</ul> : undefined}
              style={{ marginTop: 8 }}
            />
          )}
          {job.state === 'committed' && job.committed && (
            <Space wrap style={{ marginTop: 8 }}>
              已写入：
              {job.committed.map((c, i) => (
                <Link key={String(c.id)} to={formPagePath(c.kind, c.id)}>
                  {c.project_name || (c.kind ? FORM_KIND_LABELS[c.kind as keyof typeof FORM_KIND_LABELS] : null) || `表 ${i + 1}`}
                </Link>
              ))}
            </Space>
          )}
          {job.preview && (
            <>
              <Typography.Paragraph style={{ marginTop: 8 }}>
                识别出 {job.preview.forms.length} 张表，{job.preview.warnings.length} 条导入警告，{job.preview.findings.length} 条审核发现。
                {job.year && <YearTag year={job.year} source={job.preview.year_source} />}
              </Typography.Paragraph>
              {job.state === 'preview' && <MismatchAlert {...mismatchOf(job)} onReread={job.file && !rereadClosed(job) ? (asYear) => rereadAs(job, asYear) : undefined} />}
              {job.state === 'preview' && job.preview.forms.length > 1 && (
                <Checkbox
                  style={{ marginBottom: 6 }}
                  checked={tickedCount(job) === job.preview.forms.length}
                  indeterminate={tickedCount(job) > 0 && tickedCount(job) < job.preview.forms.length}
                  onChange={(e) => patch(job.uid, { ticked: e.target.checked ? undefined : [] })}
                >
                  全选（只导入勾选的表，已选 {tickedCount(job)}/{job.preview.forms.length} 张）
                </Checkbox>
              )}
              <Collapse
                items={job.preview.forms.map((form, i) => {
                  const findings = findingsOf(job.preview!, i);
                  const warnings = job.preview!.warnings.filter((w) => w.form === i);
                  const errors = findings.filter((f) => f.severity === 'error').length;
                  return {
                    key: String(i),
                    label: (
                      <Space>
                        {job.state === 'preview' && job.preview!.forms.length > 1 && (
                          // The header also opens the form's details: ticking must not toggle them.
                          <span onClick={(e) => e.stopPropagation()}>
                            <Checkbox aria-label={`导入第 ${i + 1} 张表`} checked={isTicked(job, i)} onChange={(e) => tick(job, i, e.target.checked)} />
                          </span>
                        )}
                        <span>{i + 1}. {formTitle(form)}</span>
                        <Tag>{FORM_KIND_LABELS[form.kind]}</Tag>
                        <span>{form.indicators.length} 项指标</span>
                        {job.year && formYearDiffers(form, job.year) && <Tag color="orange">文件年度 {form.fiscal_year}</Tag>}
                        {form.org && !sameOrg(form.org, orgName(job.org)) && <Tag color="orange">表中单位：{form.org}</Tag>}
                        {'budget_total_wan' in form && <span>{formatWan(form.budget_total_wan)}</span>}
                        {errors > 0 && <Tag color="red">{errors} 个错误</Tag>}
                        {warnings.length > 0 && <Tag color="orange">{warnings.length} 条导入警告</Tag>}
                        {(job.preview!.existing ?? []).filter((e) => e.form === i).map((e) => (
                          <Link key={e.id} to={`/forms/${e.id}`} target="_blank" onClick={(ev) => ev.stopPropagation()}>
                            <Tag color="gold">本单位已有此表（表 {e.id}，{statusLabel(e.status)}）</Tag>
                          </Link>
                        ))}
                      </Space>
                    ),
                    children: (
                      <Row gutter={12}>
                        <Col span={15}>
                          <Table
                            size="small"
                            rowKey={(_, k) => String(k)}
                            pagination={false}
                            scroll={{ y: 320 }}
                            dataSource={form.indicators}
                            columns={[
                              { title: '#', width: 40, render: (_, __, k) => k + 1 },
                              { title: '一级', dataIndex: 'level1', width: 80 },
                              { title: '二级', dataIndex: 'level2', width: 100 },
                              { title: '三级指标', dataIndex: 'name' },
                              { title: '权重', dataIndex: 'weight', width: 60, align: 'right' },
                              // As the official tables print it: ≥100%, 定性 with its wording.
                              { title: '指标值', width: 150, render: (_, ind) => (ind.comparator === 'qualitative' ? `${COMPARATOR_LABELS.qualitative}：${ind.target}` : formatTarget(ind.comparator, ind.target, ind.unit)) },
                            ]}
                          />
                        </Col>
                        <Col span={9}>
                          {warnings.length > 0 && (
                            <List
                              size="small"
                              header="导入警告"
                              dataSource={warnings}
                              renderItem={(w) => <List.Item>{w.row !== null ? `第 ${w.row + 1} 行：` : ''}{w.message}</List.Item>}
                            />
                          )}
                          <FindingsPanel findings={findings} />
                        </Col>
                      </Row>
                    ),
                  };
                })}
              />
              {job.preview.warnings.filter((w) => w.form === null).map((w, k) => <Alert key={k} type="warning" title={w.message} style={{ marginTop: 6 }} />)}
            </>
          )}
        </Card>
      ))}
    </div>
  );
}
