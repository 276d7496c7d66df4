import { useEffect } from 'react';
import { Alert, Button, Layout, Space, Spin, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import type { Form } from '@jixiao/core';
import { useAuth } from '../api/auth-context';
import { ApiError, api, errorMessage } from '../api/client';
import { publicFormMissing } from './public-form-missing';
import { OfficialTable } from '../components/official-table';
import { EXPORT_FORMATS, exportHref } from '../lib/export-formats';
import { PublicDepartmentLists } from './public-department-lists';

/**
 * One form as the official table. Published forms come from the public API; a logged-in
 * user previewing an unpublished form (打印预览) falls back to the authenticated API.
 */
export function PublicFormPage() {
  const { id } = useParams();
  const [params] = useSearchParams();
  const { user, loading: authLoading } = useAuth();
  // A mangled link (a cut-off or hand-typed address) is said so in words, not as the API's field error.
  const validId = !!id && /^\d+$/.test(id);
  const form = useQuery({
    queryKey: ['public-form', id, !!user],
    queryFn: async ({ signal }) => {
      try {
        return { data: await api.get<{ form: Form; org?: string | null; org_name?: string | null }>(`/api/public/forms/${id}`, undefined, signal), publicAccess: true };
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) {
          // A visitor without login has only the public API: 「登录已过期」 from the fallback would mislead.
          if (!user) throw new ApiError(404, 'not_published', publicFormMissing(error.details));
          return { data: await api.get<{ form: Form; org?: string | null; org_name?: string | null }>(`/api/forms/${id}`, undefined, signal), publicAccess: false };
        }
        throw error;
      }
    },
    // Wait for the session check, so a logged-in preview is not first refused as unpublished.
    enabled: !authLoading && validId,
    retry: false,
  });
  useEffect(() => {
    if (form.data && params.get('print') === '1') window.setTimeout(() => window.print(), 300);
  }, [form.data, params]);

  return (
    <Layout className="public-layout" style={{ minHeight: '100vh', background: '#fff' }}>
      <Layout.Header className="app-header no-print">
        <Space>
          <Link to="/public">← 返回公开目录</Link>
        </Space>
        <Space wrap>
          {form.data &&
            EXPORT_FORMATS.map(([format, label]) => (
              <a key={format} href={exportHref(id!, format, form.data.publicAccess)} download>
                下载{label}
              </a>
            ))}
          {form.data && <Button icon={<PrinterOutlined />} onClick={() => window.print()}>打印</Button>}
        </Space>
      </Layout.Header>
      <Layout.Content className="public-form-content" style={{ padding: 24 }}>
        {!validId && <Alert type="error" showIcon title={`链接中的表号「${id ?? ''}」无效：请返回公开目录，点击要查看的表打开。`} />}
        {validId && (form.isLoading || authLoading) && <Spin description="正在加载…"><div style={{ height: 200 }} /></Spin>}
        {form.error && <Alert type="error" showIcon title={errorMessage(form.error)} />}
        {form.data && !form.data.publicAccess && (
          <Typography.Paragraph type="warning" className="no-print">此表尚未公开，以下为打印预览。</Typography.Paragraph>
        )}
        {form.data && <OfficialTable form={form.data.data.form} filedUnder={{ name: form.data.data.org_name, code: form.data.data.org }} />}
        {form.data && <PublicDepartmentLists form={form.data.data.form} />}
      </Layout.Content>
    </Layout>
  );
}
