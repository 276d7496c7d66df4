import { Tag, Tooltip } from 'antd';
import { YEAR_CLOSED_TAG, yearClosedReason } from '../lib/year-closed';

/** 「已关闭」 on a form of a closed year, saying on hover why it cannot be changed and whom to ask. */
export function YearClosedTag({ year }: { year: number | null | undefined }) {
  return (
    <Tooltip title={yearClosedReason(year)}>
      <Tag color="default">{YEAR_CLOSED_TAG}</Tag>
    </Tooltip>
  );
}
