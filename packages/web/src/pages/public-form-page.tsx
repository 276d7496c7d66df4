import { useEffect } from 'react';
import { Alert, Button, Layout, Space, Spin, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import type { Form } from '@jixiao/core';
import { ApiError, api, errorMessage } from '../api/client';
import { OfficialTable } from '../components/official-table';
import { EXPORT_FORMATS, exportHref } from '../lib/export-formats';

/**
 * One form as the official table. Published forms come from the public API; a logged-in
 * user previewing an unpublished form (打印预览) falls back to the authenticated API.
 */
export function PublicFormPage() {
  const { id } = useParams();
  const [params] = useSearchParams();
  const form = useQuery({
    queryKey: ['public-form', id],
    queryFn: async ({ signal }) => {
      try {
        return { data: await api.get<{ form: Form }>(`/api/public/forms/${id}`, undefined, signal), publicAccess: true };
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) {
          return { data: await api.get<{ form: Form }>(`/api/forms/${id}`, undefined, signal), publicAccess: false };
        }
        throw error;
      }
    },
    retry: false,
  });
  useEffect(() => {
    if (form.data && params.get('print') === '1') window.setTimeout(() => window.print(), 300);
  }, [form.data, params]);

  return (
    <Layout style={{ minHeight: '100vh', background: '#fff' }}>
      <Layout.Header className="app-header no-print">
        <Space>
          <Link to="/public">← 返回公开目录</Link>
        </Space>
        <Space>
          {form.data &&
            EXPORT_FORMATS.map(([format, label]) => (
              <a key={format} href={exportHref(id!, format, form.data.publicAccess)} download>
                下载{label}
              </a>
            ))}
          <Button icon={<PrinterOutlined />} onClick={() => window.print()}>打印</Button>
        </Space>
      </Layout.Header>
      <Layout.Content style={{ padding: 24 }}>
        {form.isLoading && <Spin description="正在加载…"><div style={{ height: 200 }} /></Spin>}
        {form.error && <Alert type="error" showIcon title={errorMessage(form.error)} />}
        {form.data && !form.data.publicAccess && (
          <Typography.Paragraph type="warning" className="no-print">此表尚未公开，以下为打印预览。</Typography.Paragraph>
        )}
        {form.data && <OfficialTable form={form.data.data.form} />}
      </Layout.Content>
    </Layout>
  );
}
