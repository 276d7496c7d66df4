import { lazy, Suspense, useEffect, useRef, type ReactNode } from 'react';
import { Button, ConfigProvider, App as AntApp, Result, Spin } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { SearchOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { Navigate, Outlet, Route, RouterProvider, createBrowserRouter, createRoutesFromElements, useLocation, useNavigate, useParams } from 'react-router-dom';
import { AuthProvider, LOGOUT_PATH, useAuth } from './api/auth-context';
import { ApiError } from './api/client';
import { useForm } from './api/queries';
import { AppLayout } from './layout/app-layout';
import { LoginPage } from './pages/login-page';
import { WorkbenchPage } from './pages/workbench-page';
import { useReducedMotion } from './lib/use-reduced-motion';
import { CONTRAST_THEME } from './lib/contrast-theme';

dayjs.locale('zh-cn');

// Every screen except login and 工作台 loads on demand, so the first screen stays small.
const OrgsPage = lazy(() => import('./pages/orgs-page').then((m) => ({ default: m.OrgsPage })));
const FormEditorPage = lazy(() => import('./editor/form-editor-page').then((m) => ({ default: m.FormEditorPage })));
const ReviewQueuePage = lazy(() => import('./pages/review-queue-page').then((m) => ({ default: m.ReviewQueuePage })));
const ReviewDetailPage = lazy(() => import('./pages/review-detail-page').then((m) => ({ default: m.ReviewDetailPage })));
const ImportPage = lazy(() => import('./pages/import-page').then((m) => ({ default: m.ImportPage })));
const MonitoringPage = lazy(() => import('./pages/monitoring-page').then((m) => ({ default: m.MonitoringPage })));
const SelfEvaluationPage = lazy(() => import('./pages/self-evaluation-page').then((m) => ({ default: m.SelfEvaluationPage })));
const EvaluationPage = lazy(() => import('./pages/evaluation-page').then((m) => ({ default: m.EvaluationPage })));
const TemplatesPage = lazy(() => import('./pages/templates-page').then((m) => ({ default: m.TemplatesPage })));
const LibraryPage = lazy(() => import('./pages/library-page').then((m) => ({ default: m.LibraryPage })));
const PublicPage = lazy(() => import('./pages/public-page').then((m) => ({ default: m.PublicPage })));
const UsersPage = lazy(() => import('./admin/users-page').then((m) => ({ default: m.UsersPage })));
const OrgAdminPage = lazy(() => import('./admin/org-admin-page').then((m) => ({ default: m.OrgAdminPage })));
const PolicyPage = lazy(() => import('./admin/policy-page').then((m) => ({ default: m.PolicyPage })));
const AuditPage = lazy(() => import('./admin/audit-page').then((m) => ({ default: m.AuditPage })));
const PublicFormPage = lazy(() => import('./pages/public-form-page').then((m) => ({ default: m.PublicFormPage })));

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      retry: (count, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
      refetchOnWindowFocus: false,
    },
  },
});

function Loading() {
  return (
    <div className="page-loading" role="status" aria-live="polite">
      <Spin description="正在加载…" size="large"><div style={{ height: 80 }} /></Spin>
    </div>
  );
}

/** An address that names no screen (a mistyped or outdated link): say so instead of silently going elsewhere. */
function NotFound() {
  const location = useLocation();
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title="页面不存在"
      subTitle={`地址「${location.pathname}」没有对应的页面，可能是链接有误或页面已调整。`}
      extra={<Button type="primary" onClick={() => navigate('/')}>返回工作台</Button>}
    />
  );
}

function RequireAdmin({ children }: { children: ReactNode }) {
  const { user } = useAuth();
  if (user?.role !== 'admin') return <Navigate to="/" replace />;
  return <>{children}</>;
}

function RequireLogin({ children }: { children: ReactNode }) {
  const { user, loading } = useAuth();
  const location = useLocation();
  if (loading) return <Loading />;
  if (!user) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  return <>{children}</>;
}

/** Ends the session, then shows the login screen (reached only once no page held the navigation). */
function LogoutRoute() {
  const { logout } = useAuth();
  const navigate = useNavigate();
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void logout().finally(() => navigate('/login', { replace: true }));
  }, [logout, navigate]);
  return <Loading />;
}

function SuspenseOutlet() {
  return (
    <Suspense fallback={<Loading />}>
      <Outlet />
    </Suspense>
  );
}

/**
 * A page of one form: the form view is asked for while the page's code loads (the page reads the same query), not once
 * it has loaded; on a first open the two used to run one after the other.
 */
function FormRoute({ children }: { children: ReactNode }) {
  useForm(useParams().id);
  return <Suspense fallback={<Loading />}>{children}</Suspense>;
}

// A data router, so the editor can hold a navigation while it has unsaved changes (useBlocker).
const router = createBrowserRouter(
  createRoutesFromElements(
    <Route element={<SuspenseOutlet />}>
      <Route path="/login" element={<LoginPage />} />
      <Route path={LOGOUT_PATH} element={<LogoutRoute />} />
      <Route path="/public" element={<PublicPage />} />
      <Route path="/public/forms/:id" element={<PublicFormPage />} />
      <Route
        element={
          <RequireLogin>
            <AppLayout />
          </RequireLogin>
        }
      >
        <Route index element={<WorkbenchPage />} />
        <Route path="orgs" element={<OrgsPage />} />
        <Route path="forms/:id" element={<FormRoute><FormEditorPage /></FormRoute>} />
        <Route path="review" element={<ReviewQueuePage />} />
        <Route path="review/:id" element={<FormRoute><ReviewDetailPage /></FormRoute>} />
        <Route path="import" element={<ImportPage />} />
        <Route path="monitoring" element={<MonitoringPage />} />
        <Route path="self-evaluation" element={<SelfEvaluationPage />} />
        <Route path="self-evaluation/:id" element={<FormRoute><SelfEvaluationPage /></FormRoute>} />
        <Route path="evaluation" element={<EvaluationPage />} />
        <Route path="evaluation/templates" element={<TemplatesPage />} />
        <Route path="library" element={<LibraryPage />} />
        <Route path="admin/users" element={<RequireAdmin><UsersPage /></RequireAdmin>} />
        <Route path="admin/orgs" element={<RequireAdmin><OrgAdminPage /></RequireAdmin>} />
        <Route path="admin/policies" element={<RequireAdmin><PolicyPage /></RequireAdmin>} />
        <Route path="admin/audit" element={<RequireAdmin><AuditPage /></RequireAdmin>} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Route>,
  ),
);

export function App() {
  const reducedMotion = useReducedMotion();
  return (
    <ConfigProvider
      locale={zhCN}
      theme={{ ...CONTRAST_THEME, token: { ...CONTRAST_THEME.token, motion: !reducedMotion } }}
      // The icon-only search button takes its name from the icon: antd's is the English «search».
      inputSearch={{ searchIcon: <SearchOutlined aria-label="搜索" /> }}
    >
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <AuthProvider>
            <RouterProvider router={router} />
          </AuthProvider>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
