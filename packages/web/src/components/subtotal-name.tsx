import { Space, Tag, Tooltip, Typography } from 'antd';

/**
 * A score tree's group subtotal line (core's groupSubtotals): its 系统核算 is a dash because it is its rows' sum, not
 * a row that lost its score. Greyed and tagged so neither the unit nor the reviewer reads it as one.
 */
export function SubtotalName({ name }: { name: string }) {
  return (
    <Space size={4}>
      <Typography.Text type="secondary">{name}</Typography.Text>
      <Tooltip title="本组各行分值、得分之和，不单独计分，不计入总分"><Tag>小计</Tag></Tooltip>
    </Space>
  );
}
