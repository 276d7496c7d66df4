import { Button, Dropdown } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';

/** What a stored monitoring table exports to (GET /api/monitoring/{id}/export?format=…). */
const MONITORING_FORMATS = [
  ['xlsx', 'Excel'],
  ['docx', 'Word'],
  ['pdf', 'PDF'],
] as const;

/** 导出 of one stored monitoring table, to print and send or to hand on; the file holds what was last saved. */
export function MonitoringExportButton({ reportId, unsaved }: { reportId: number; unsaved: boolean }) {
  return (
    <Dropdown
      menu={{
        items: MONITORING_FORMATS.map(([format, label]) => ({
          key: format,
          label: <a href={`/api/monitoring/${reportId}/export?format=${format}`} download>{`导出 ${label}`}</a>,
        })),
      }}
    >
      <Button icon={<DownloadOutlined />} title={unsaved ? '导出的是最近一次保存的内容，请先保存' : undefined}>导出</Button>
    </Dropdown>
  );
}
