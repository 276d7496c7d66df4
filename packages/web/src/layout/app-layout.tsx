import { Suspense, useState } from 'react';
import { Layout, Menu, Button, Result, Space, Typography, Spin } from 'antd';
import {
  DashboardOutlined, ApartmentOutlined, AuditOutlined, CloudUploadOutlined, LineChartOutlined,
  SolutionOutlined, CalculatorOutlined, BookOutlined, GlobalOutlined, LogoutOutlined, KeyOutlined,
  TeamOutlined, ClusterOutlined, SettingOutlined,
} from '@ant-design/icons';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { LOGOUT_PATH, canReview, canSeeEvaluations, canSeeMonitoring, useAuth } from '../api/auth-context';
import { ROLE_LABELS } from '../lib/labels';
import type { Role } from '../api/types';
import { canImport, isImportPath } from './import-access';
import { canBrowseForms, isFormListPath } from './form-list-access';
import { PasswordChangeModal } from '../components/password-change-modal';

const { Header, Sider, Content } = Layout;

/** A typed or bookmarked form list for an evaluator: its forms are those of the departments it evaluates, in 部门评价. */
function FormListsNotOffered() {
  const navigate = useNavigate();
  return (
    <Result
      status="info"
      title="第三方评价人员不在此页查看表单"
      subTitle="您可查看的是分配给您的评价所涉部门已公开的表：请在「部门评价」中打开评价，在「被评价部门已公开的表」中查看。"
      extra={<Button type="primary" onClick={() => navigate('/evaluation')}>打开部门评价</Button>}
    />
  );
}

/** A typed or bookmarked /import for a role the server would refuse at upload: said before any unit or file is chosen. */
function ImportNotAllowed({ role }: { role: Role | undefined }) {
  const navigate = useNavigate();
  return (
    <Result
      status="403"
      title="当前角色不能导入"
      subTitle={`导入由单位填报人员或财政审核人员在各自范围内进行${role ? `；您的角色是「${ROLE_LABELS[role]}」` : ''}。`}
      extra={<Button type="primary" onClick={() => navigate('/')}>返回工作台</Button>}
    />
  );
}

export function AppLayout() {
  const { user } = useAuth();
  const [changingPassword, setChangingPassword] = useState(false);
  const forcedPasswordChange = user?.must_change_password === true;
  const location = useLocation();
  const navigate = useNavigate();
  const first = '/' + (location.pathname.split('/')[1] ?? '');
  // An evaluator opens a form from 部门评价, so that is where it stands while reading one.
  const formsHome = canBrowseForms(user?.role) ? '/orgs' : '/evaluation';
  const selected = first === '/forms' || (first === '/self-evaluation' && formsHome === '/evaluation') ? formsHome : first === '/admin' ? location.pathname : first;

  const items = [
    { key: '/', icon: <DashboardOutlined />, label: <Link to="/">工作台</Link> },
    ...(canBrowseForms(user?.role) ? [{ key: '/orgs', icon: <ApartmentOutlined />, label: <Link to="/orgs">单位与项目</Link> }] : []),
    ...(canReview(user) ? [{ key: '/review', icon: <AuditOutlined />, label: <Link to="/review">审核</Link> }] : []),
    ...(canImport(user?.role) ? [{ key: '/import', icon: <CloudUploadOutlined />, label: <Link to="/import">导入</Link> }] : []),
    ...(canSeeMonitoring(user) ? [{ key: '/monitoring', icon: <LineChartOutlined />, label: <Link to="/monitoring">运行监控</Link> }] : []),
    ...(canBrowseForms(user?.role) ? [{ key: '/self-evaluation', icon: <SolutionOutlined />, label: <Link to="/self-evaluation">绩效自评</Link> }] : []),
    ...(canSeeEvaluations(user) ? [{ key: '/evaluation', icon: <CalculatorOutlined />, label: <Link to="/evaluation">部门评价</Link> }] : []),
    { key: '/library', icon: <BookOutlined />, label: <Link to="/library">指标库</Link> },
    { key: '/public', icon: <GlobalOutlined />, label: <Link to="/public">公开</Link> },
    ...(user?.role === 'admin'
      ? [
          {
            key: 'admin',
            type: 'group' as const,
            label: '系统管理',
            children: [
              { key: '/admin/users', icon: <TeamOutlined />, label: <Link to="/admin/users">用户管理</Link> },
              { key: '/admin/orgs', icon: <ClusterOutlined />, label: <Link to="/admin/orgs">组织管理</Link> },
              { key: '/admin/policies', icon: <SettingOutlined />, label: <Link to="/admin/policies">年度与政策</Link> },
              { key: '/admin/audit', icon: <AuditOutlined />, label: <Link to="/admin/audit">审计日志</Link> },
            ],
          },
        ]
      : []),
  ];

  return (
    <Layout className="app-layout">
      <Sider width={188} theme="light" className="no-print app-sider">
        <div className="brand" aria-label="绩效管理系统">
          <span className="brand-mark">绩</span> 预算绩效管理
        </div>
        <nav aria-label="主菜单">
          <Menu mode="inline" selectedKeys={[selected]} items={items} />
        </nav>
      </Sider>
      <Layout>
        <Header className="app-header no-print">
          <Typography.Text strong>全面预算绩效管理系统</Typography.Text>
          <Space>
            <Typography.Text>
              {user?.display_name ?? user?.username}
              {user ? `（${ROLE_LABELS[user.role] ?? user.role}${user.org_name || user.org ? ' · ' + (user.org_name ?? user.org) : ''}）` : ''}
            </Typography.Text>
            <Button icon={<KeyOutlined />} onClick={() => setChangingPassword(true)}>
              修改密码
            </Button>
            <Button icon={<LogoutOutlined />} onClick={() => navigate(LOGOUT_PATH)}>
              退出登录
            </Button>
          </Space>
        </Header>
        {user && (changingPassword || forcedPasswordChange) && (
          <PasswordChangeModal username={user.username} forced={forcedPasswordChange} onClose={() => setChangingPassword(false)} />
        )}
        <Content className="app-content">
          <Suspense fallback={<Spin description="正在加载…"><div style={{ height: 120 }} /></Spin>}>
            {isImportPath(location.pathname) && !canImport(user?.role) ? <ImportNotAllowed role={user?.role} />
              : isFormListPath(location.pathname) && user && !canBrowseForms(user.role) ? <FormListsNotOffered /> : <Outlet />}
          </Suspense>
        </Content>
      </Layout>
    </Layout>
  );
}
