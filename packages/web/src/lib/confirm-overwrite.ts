import type { ModalFuncProps } from 'antd';
import { errorMessage } from '../api/client';

interface Confirm {
  confirm: (props: ModalFuncProps) => unknown;
}
interface Toast {
  error: (content: string) => unknown;
}

/**
 * A save refused because someone else saved first (409): the clerk may overwrite with what is on screen or keep it
 * on the page to compare first; nothing on screen is lost either way. `overwrite` reads the server's version and
 * saves again against it.
 */
export function confirmOverwrite(modal: Confirm, message: Toast, what: string, overwrite: () => Promise<unknown>): void {
  modal.confirm({
    title: `保存冲突：此${what}已被他人修改`,
    content: '服务器上已有更新的版本。选择「覆盖保存」以本页当前内容覆盖；选择「暂不保存」则保留本页内容，可先与对方核对。',
    okText: '覆盖保存',
    okButtonProps: { danger: true },
    cancelText: '暂不保存',
    onOk: async () => {
      try {
        await overwrite();
      } catch (reload) {
        message.error(`读取服务器版本失败：${errorMessage(reload)}修改仍保留在本页。`);
      }
    },
  });
}
