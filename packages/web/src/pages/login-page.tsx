import { useState } from 'react';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Link, Navigate, useLocation, useNavigate } from 'react-router-dom';
import { useAuth } from '../api/auth-context';
import { errorMessage, takeSessionEnded } from '../api/client';
import { SampleAccountsNote } from './sample-accounts-note';

export function LoginPage() {
  const { user, login } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [ended] = useState(takeSessionEnded);
  const [form] = Form.useForm<{ username: string; password: string }>();
  const from = (location.state as { from?: string } | null)?.from ?? '/';
  if (user) return <Navigate to={from} replace />;

  return (
    <main className="login-page">
      <Card className="login-card" title={<Typography.Title level={3} style={{ margin: 0 }}>全面预算绩效管理系统</Typography.Title>}>
        <Typography.Paragraph type="secondary">绩效目标编制 · 审核 · 公开 · 运行监控 · 自评 · 评价</Typography.Paragraph>
        {ended && !error && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            role="alert"
            title="登录已过期或已在其他标签页退出，请重新登录。"
            description="登录后回到刚才的页面；未保存的修改已保留在本机，打开表单时可恢复。"
          />
        )}
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" />}
        <SampleAccountsNote onPick={(username) => form.setFieldsValue({ username })} />
        <Form
          form={form}
          layout="vertical"
          onFinish={async (values: { username: string; password: string }) => {
            setBusy(true);
            setError(null);
            try {
              await login(values.username.trim(), values.password);
              navigate(from, { replace: true });
            } catch (e) {
              setError(errorMessage(e));
            } finally {
              setBusy(false);
            }
          }}
        >
          <Form.Item label="用户名" name="username" rules={[{ required: true, message: '请输入用户名' }]}>
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus aria-label="用户名" />
          </Form.Item>
          <Form.Item label="密码" name="password" rules={[{ required: true, message: '请输入密码' }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" aria-label="密码" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy}>
            登录
          </Button>
        </Form>
        <Typography.Paragraph style={{ marginTop: 16, marginBottom: 0 }}>
          <Link to="/public">不登录，查看已公开的绩效目标、自评表和评价报告 →</Link>
        </Typography.Paragraph>
      </Card>
    </main>
  );
}
