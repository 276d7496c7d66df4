import { useEffect, useRef } from 'react';
import { App, Button } from 'antd';
import { useBlocker } from 'react-router-dom';
import { LOGOUT_PATH } from '../api/auth-context';

/**
 * Keeps unsaved edits from being lost: closing or reloading the tab asks the browser's own
 * question, and leaving for another screen of the app, or logging out, asks whether to save first.
 */
export function useUnsavedGuard(dirty: boolean, save: () => Promise<boolean>, onDiscard?: () => void): void {
  const { modal } = App.useApp();
  const blocker = useBlocker(({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname);
  // The dialog opens once per blocked navigation; these refs give it the latest blocker and save.
  const latest = useRef({ blocker, save, onDiscard });
  latest.current = { blocker, save, onDiscard };

  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty]);

  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    let settled = false;
    const leave = () => {
      settled = true;
      dialog.destroy();
      latest.current.onDiscard?.();
      latest.current.blocker.proceed?.();
    };
    const loggingOut = latest.current.blocker.location?.pathname === LOGOUT_PATH;
    const dialog = modal.confirm({
      title: '有未保存的修改',
      content: loggingOut ? '退出登录前是否保存？选择「不保存」，本次修改将丢失；选择「留在本页」可继续编辑，不会退出。' : '离开本页前是否保存？选择「不保存」，本次修改将丢失。',
      okText: loggingOut ? '保存并退出' : '保存并离开',
      cancelText: '留在本页',
      width: 460,
      footer: (_, { OkBtn, CancelBtn }) => (
        <>
          <CancelBtn />
          <Button danger onClick={leave}>{loggingOut ? '不保存，退出' : '不保存，离开'}</Button>
          <OkBtn />
        </>
      ),
      onOk: async () => {
        settled = true;
        if (await latest.current.save()) latest.current.blocker.proceed?.();
        else latest.current.blocker.reset?.();
      },
      onCancel: () => {
        if (!settled) latest.current.blocker.reset?.();
      },
    });
  }, [blocker.state, modal]);
}
