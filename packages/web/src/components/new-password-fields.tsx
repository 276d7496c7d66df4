import { Form, Input } from 'antd';

type Get = (name: string) => unknown;

/**
 * A new password and its confirmation: the user's own change, an administrator's reset, and a new account's initial
 * password. `problems` checks it as the server does (core's passwordProblems), where the page has core loaded; the
 * first screen's own change of password leaves that to the server's answer.
 */
export function NewPasswordFields({ label, confirmLabel, username, dependencies = [], notSameAs, aria = false, problems }: {
  label: string;
  problems?: (password: string, username: string) => string[];
  confirmLabel: string;
  /** The account's username (a password may not contain it), read from the form or given. */
  username: (get: Get) => string;
  dependencies?: string[];
  /** A field the new password may not repeat (the current password). */
  notSameAs?: string;
  /** Label the inputs for assistive technology (and tests) with the field labels. */
  aria?: boolean;
}) {
  return (
    <>
      <Form.Item
        label={label}
        name="password"
        dependencies={dependencies}
        extra="至少 10 个字符，须同时包含字母和数字，且不能包含用户名。"
        rules={[
          { required: true, message: `请填写${label}` },
          ({ getFieldValue }) => ({
            validator: (_, value: string | undefined) => {
              if (!value) return Promise.resolve();
              const found = problems ? problems(value, username(getFieldValue)) : [];
              if (notSameAs && value === getFieldValue(notSameAs)) found.push('新密码不能与当前密码相同');
              return found.length === 0 ? Promise.resolve() : Promise.reject(new Error(found.join('；')));
            },
          }),
        ]}
      >
        <Input.Password aria-label={aria ? label : undefined} autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        label={confirmLabel}
        name="confirm"
        dependencies={['password']}
        rules={[
          { required: true, message: '请再输入一次密码' },
          ({ getFieldValue }) => ({
            validator: (_, value: string | undefined) => (!value || value === getFieldValue('password') ? Promise.resolve() : Promise.reject(new Error('两次输入的密码不一致'))),
          }),
        ]}
      >
        <Input.Password aria-label={aria ? confirmLabel : undefined} autoComplete="new-password" />
      </Form.Item>
    </>
  );
}
