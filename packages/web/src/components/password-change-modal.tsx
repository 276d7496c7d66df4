import { useState } from 'react';
import { Alert, App, Form, Input, Modal } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { api, errorMessage } from '../api/client';
import { NewPasswordFields } from './new-password-fields';

interface Values {
  current: string;
  password: string;
  confirm: string;
}

/**
 * 修改密码: the user's own. Forced (no way to close it) while the password is one an administrator set (a new account,
 * a reset), which two people know. The server ends the user's other sessions and keeps this one.
 */
export function PasswordChangeModal({ username, forced, onClose }: { username: string; forced: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const save = async (values: Values) => {
    setSaving(true);
    setError(null);
    try {
      await api.post('/api/me/password', { current: values.current, password: values.password });
      message.success('密码已修改；您在其他设备或浏览器上的登录已失效');
      await queryClient.invalidateQueries({ queryKey: ['me'] });
      onClose();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      title={forced ? '请先修改初始密码' : '修改密码'}
      open
      okText="修改密码"
      cancelText="取消"
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={forced ? undefined : onClose}
      closable={!forced}
      maskClosable={false}
      keyboard={!forced}
      cancelButtonProps={forced ? { style: { display: 'none' } } : undefined}
      destroyOnHidden
    >
      {forced && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title="您的密码由管理员设定（新开账号或重置密码），请换成只有您自己知道的密码后再使用系统。"
        />
      )}
      {error && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={error} />}
      <Form<Values> form={form} name="change-password" layout="vertical" onFinish={save}>
        <Form.Item label="当前密码" name="current" rules={[{ required: true, message: '请填写当前密码' }]}>
          <Input.Password autoComplete="current-password" autoFocus />
        </Form.Item>
        <NewPasswordFields label="新密码" confirmLabel="确认新密码" username={() => username} dependencies={['current']} notSameAs="current" />
      </Form>
    </Modal>
  );
}
