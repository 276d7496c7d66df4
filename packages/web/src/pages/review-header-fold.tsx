import { useState } from 'react';
import { Collapse, Typography } from 'antd';
import type { Form } from '@jixiao/core';
import { FormHeaderSummary } from '../components/form-header-summary';
import { usePrinting } from '../lib/use-printing';
import { ReviewDepartmentLists } from './review-department-lists';
import { reviewHeaderLine } from './review-header-line';

/**
 * 「基本信息与绩效目标」 of the review page, folded to one line (reviewHeaderLine): the indicators and findings are the
 * reviewer's work and come first; unfolding shows the whole header, and printing unfolds it.
 */
export function ReviewHeaderFold({ form }: { form: Form }) {
  const [open, setOpen] = useState(false);
  const printing = usePrinting();
  return (
    <Collapse
      size="small"
      style={{ marginBottom: 12, background: '#fff' }}
      activeKey={open || printing ? ['header'] : []}
      onChange={(keys) => setOpen(keys.includes('header'))}
      items={[{
        key: 'header',
        label: (
          <span style={{ display: 'flex', gap: 8, minWidth: 0 }}>
            <span style={{ flex: 'none' }}>基本信息与绩效目标</span>
            {!open && <Typography.Text type="secondary" ellipsis style={{ minWidth: 0 }}>{reviewHeaderLine(form)}</Typography.Text>}
          </span>
        ),
        children: <><FormHeaderSummary form={form} /><ReviewDepartmentLists form={form} /></>,
      }]}
    />
  );
}
