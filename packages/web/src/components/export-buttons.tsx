import { Button, Dropdown, Space } from 'antd';
import { DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import { EXPORT_FORMATS, exportHref } from '../lib/export-formats';

/** 打印预览 and 导出 (Excel / Word / PDF / open data) of one form, where a clerk looks for them: beside the title. */
export function ExportButtons({ formId, unsaved = false }: { formId: string; unsaved?: boolean }) {
  return (
    <Space className="no-print">
      <Button icon={<PrinterOutlined />} onClick={() => window.open(`/public/forms/${formId}?print=1`, '_blank')}>打印预览</Button>
      <Dropdown
        menu={{
          items: EXPORT_FORMATS.map(([format, label]) => ({
            key: format,
            label: <a href={exportHref(formId, format, false)} download>{label}</a>,
          })),
        }}
      >
        <Button icon={<DownloadOutlined />} title={unsaved ? '导出的是最近一次保存的内容' : undefined}>导出</Button>
      </Dropdown>
    </Space>
  );
}
