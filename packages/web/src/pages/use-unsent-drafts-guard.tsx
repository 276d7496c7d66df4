import { useEffect, useRef } from 'react';
import { App } from 'antd';
import { useBlocker } from 'react-router-dom';

/**
 * Leaving a review page (上一张 / 下一张, 返回列表, another screen) with comments typed but not added asks first: the text of
 * a comment box is kept nowhere else, and stepping through a queue with the arrow keys made losing it a keystroke away.
 * `where` names the boxes (draftPlaces), null when none holds text.
 */
export function useUnsentDraftsGuard(where: string | null): void {
  const { modal } = App.useApp();
  const blocker = useBlocker(({ currentLocation, nextLocation }) => where !== null && currentLocation.pathname !== nextLocation.pathname);
  const latest = useRef({ blocker, where });
  latest.current = { blocker, where };
  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    modal.confirm({
      title: '有尚未添加的批注',
      content: `${latest.current.where ?? '批注'}已填写但还没有点「添加」，离开本页将丢失。`,
      okText: '放弃并离开',
      okButtonProps: { danger: true },
      cancelText: '留在本页',
      onOk: () => latest.current.blocker.proceed?.(),
      onCancel: () => latest.current.blocker.reset?.(),
    });
  }, [blocker.state, modal]);
}
