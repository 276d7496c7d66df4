import { Alert, Button, Space, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { optionalGet } from '../api/queries';

export interface SampleAccount {
  username: string;
  role_label: string;
}

/**
 * The sample accounts a first start made, while they still hold the initial password it printed (GET
 * /api/auth/sample-accounts): names and roles only, so someone trying the system knows whom to log in as. A click puts the
 * name in the form. Shows nothing once none is left, or on a server without the list.
 */
export function SampleAccountsNote({ onPick }: { onPick: (username: string) => void }) {
  const accounts = useQuery({
    queryKey: ['sample-accounts'],
    queryFn: async ({ signal }) => (await optionalGet<{ items: SampleAccount[] }>('/api/auth/sample-accounts', undefined, signal))?.items ?? [],
    retry: false,
  });
  const items = accounts.data ?? [];
  if (items.length === 0) return null;
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 16 }}
      title="试用：示例账号"
      description={
        <Space orientation="vertical" size={2} style={{ width: '100%' }}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            初始密码见首次启动时的输出（每个示例账号各有一个，写在账号名旁，互不相同，也与管理员的密码不同），首次登录须设置自己的密码。
          </Typography.Text>
          <ul className="sample-accounts" aria-label="示例账号">
            {items.map((a) => (
              <li key={a.username}>
                <Button type="link" size="small" style={{ padding: 0 }} onClick={() => onPick(a.username)}>{a.username}</Button>
                <Typography.Text>：{a.role_label}</Typography.Text>
              </li>
            ))}
          </ul>
        </Space>
      }
    />
  );
}
