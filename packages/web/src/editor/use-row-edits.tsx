import { useCallback } from 'react';
import { App, Button } from 'antd';
import { emptyIndicator, type Form, type Indicator } from '@jixiao/core';
import { rowAfterDelete } from './grid-focus';

/**
 * The grid's row actions (move, insert, delete) and whole-table replacements (a paste) as edits of the form.
 * Deleting asks first; a delete and a paste can be taken back from their message for ten seconds. After a delete the
 * focus goes back to the grid (`focusRow`), so a clerk working from the keyboard goes on from the row above.
 */
export function useRowEdits(edit: (fn: (f: Form) => Form) => void, focusRow?: (row: number) => void) {
  const { message, modal } = App.useApp();
  const onRowAction = useCallback(
    (index: number, action: 'up' | 'down' | 'delete' | 'insert') => {
      if (action === 'delete') {
        let remaining: number | null = null;
        modal.confirm({
          title: `删除第 ${index + 1} 行指标？`,
          content: '保存后才会生效；删除后可在提示中撤销。',
          okText: '删除',
          okButtonProps: { danger: true },
          cancelText: '取消',
          // After the dialog has closed and given the focus back to where it was (a cell now showing another row, or none).
          afterClose: () => {
            const to = remaining === null ? null : rowAfterDelete(index, remaining);
            if (to !== null) focusRow?.(to);
          },
          onOk: () => {
            let removed: Indicator | null = null;
            edit((f) => {
              removed = f.indicators[index] ?? null;
              remaining = f.indicators.length - 1;
              return { ...f, indicators: f.indicators.filter((_, i) => i !== index) } as Form;
            });
            // Undo puts the row back where it was, keeping whatever was edited since.
            const key = `delete-${Date.now()}`;
            const restore = () => {
              const row = removed;
              if (row) edit((f) => ({ ...f, indicators: [...f.indicators.slice(0, index), row, ...f.indicators.slice(index)] }) as Form);
              message.destroy(key);
              message.info(`已恢复第 ${index + 1} 行`);
            };
            message.success({
              key,
              duration: 10,
              content: (
                <span>
                  已删除第 {index + 1} 行
                  <Button type="link" size="small" onClick={restore}>
                    撤销
                  </Button>
                </span>
              ),
            });
          },
        });
        return;
      }
      edit((f) => {
        const list = f.indicators.slice();
        if (action === 'insert') {
          const prev = list[index];
          list.splice(index + 1, 0, { ...emptyIndicator(), level1: prev?.level1 ?? null, level2: prev?.level2 ?? null });
        } else {
          const to = action === 'up' ? index - 1 : index + 1;
          if (to < 0 || to >= list.length) return f;
          [list[index], list[to]] = [list[to]!, list[index]!];
        }
        return { ...f, indicators: list } as Form;
      });
    },
    [edit, focusRow, message, modal],
  );
  const onReplace = useCallback(
    (indicators: Indicator[], note: string) => {
      // A paste can overwrite many rows at once, so it can be taken back for a while.
      let before: Indicator[] | null = null;
      edit((f) => {
        before = f.indicators;
        return { ...f, indicators } as Form;
      });
      const key = `paste-${Date.now()}`;
      message.success({
        key,
        duration: 10,
        content: (
          <span>
            {note}
            <Button
              type="link"
              size="small"
              onClick={() => {
                if (before) edit((f) => ({ ...f, indicators: before! }) as Form);
                message.destroy(key);
                message.info('已撤销粘贴');
              }}
            >
              撤销
            </Button>
          </span>
        ),
      });
    },
    [edit, message],
  );
  return { onRowAction, onReplace };
}
