import { createContext, useCallback, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api, setCsrfToken, setSessionEndedHandler } from './client';
import type { User } from './types';

interface AuthState {
  user: User | null;
  loading: boolean;
  login: (username: string, password: string) => Promise<User>;
  logout: () => Promise<void>;
}

const AuthContext = createContext<AuthState | null>(null);

/**
 * Logging out is a navigation to this route, which ends the session: a page with unsaved edits
 * holds it (useUnsavedGuard) like any other navigation, so cancelling keeps both edits and session.
 */
export const LOGOUT_PATH = '/logout';

interface MeResponse {
  user?: User;
  csrfToken?: string;
  username?: string;
  role?: User['role'];
}

function readUser(data: MeResponse | null): User | null {
  if (!data) return null;
  if (data.user) return data.user;
  if (data.username && data.role) return data as User;
  return null;
}

export function AuthProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const me = useQuery({
    queryKey: ['me'],
    queryFn: async () => {
      try {
        const data = await api.get<MeResponse>('/api/me');
        if (data?.csrfToken) setCsrfToken(data.csrfToken);
        return readUser(data);
      } catch (error) {
        if (error instanceof ApiError && (error.status === 401 || error.status === 403)) return null;
        throw error;
      }
    },
    retry: false,
    staleTime: 5 * 60_000,
  });

  // A 401 under a signed-in page: forget the user, so RequireLogin shows the login screen and returns here afterwards.
  useEffect(() => {
    setSessionEndedHandler(() => {
      if (queryClient.getQueryData(['me'])) queryClient.setQueryData(['me'], null);
    });
    return () => setSessionEndedHandler(null);
  }, [queryClient]);

  const login = useCallback(
    async (username: string, password: string) => {
      const data = await api.post<{ csrfToken: string; user: User }>('/api/auth/login', { username, password });
      setCsrfToken(data.csrfToken);
      // Another user's cached data must not leak into this session; ['me'] stays so its observer keeps listening.
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== 'me' });
      // /api/me carries the org code and name the login answer leaves out.
      const full = readUser(await api.get<MeResponse>('/api/me')) ?? data.user;
      queryClient.setQueryData(['me'], full);
      return full;
    },
    [queryClient],
  );

  const logout = useCallback(async () => {
    try {
      await api.post('/api/auth/logout');
    } finally {
      setCsrfToken(null);
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== 'me' });
      queryClient.setQueryData(['me'], null);
    }
  }, [queryClient]);

  const value = useMemo<AuthState>(
    () => ({ user: me.data ?? null, loading: me.isLoading, login, logout }),
    [me.data, me.isLoading, login, logout],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const state = useContext(AuthContext);
  if (!state) throw new Error('useAuth outside AuthProvider');
  return state;
}

export function canReview(user: User | null): boolean {
  return !!user && ['department_reviewer', 'finance_reviewer', 'admin'].includes(user.role);
}

/** The roles the server lets read 部门评价 (evaluations.ts): finance, third-party evaluators and the admin. */
export function canSeeEvaluations(user: User | null): boolean {
  return !!user && ['finance_reviewer', 'evaluator', 'admin'].includes(user.role);
}

/** The roles the server lets read 运行监控 (monitoring-lists.ts QUEUE_ROLES): a third-party evaluator has no part in it. */
export function canSeeMonitoring(user: User | null): boolean {
  return !!user && ['unit_editor', 'department_reviewer', 'finance_reviewer', 'admin'].includes(user.role);
}

/** Who may save scores of an evaluation; only finance may start a new one. */
export function evaluationRights(user: User | null): { score: boolean; create: boolean } {
  return { score: !!user && ['finance_reviewer', 'evaluator'].includes(user.role), create: user?.role === 'finance_reviewer' };
}

export function isFinance(user: User | null): boolean {
  return !!user && (user.role === 'finance_reviewer' || user.role === 'admin');
}
