import { Card, Col, Empty, Row, Typography } from 'antd';
import { EChartsView } from './echarts-view';
import { LIGHT_COLORS, LIGHT_LABELS } from '../lib/labels';
import { barOption } from './bar-option';
import { GRADES, type GradeDistribution, type GradeSeries } from './grade-distribution';

export interface WorkbenchChartData {
  budgetByOrg: Array<{ name: string; value: number }>;
  findingsByRule: Array<{ name: string; value: number }>;
  scoreDistribution: GradeDistribution;
  lights: Array<{ name: string; value: number }>;
}

// One stacked bar per grade, a colour per kind of sheet (the same whichever kinds a year has): the legend says which.
const KIND_COLORS: Record<GradeSeries['kind'], string> = { project_self_evaluation: '#b71c1c', department_self_evaluation: '#1565c0' };

function gradeBars(d: GradeDistribution) {
  return {
    tooltip: { trigger: 'axis' as const },
    legend: { top: 0 },
    grid: { left: 48, right: 24, top: 36, bottom: 30 },
    xAxis: { type: 'category' as const, data: [...GRADES] },
    yAxis: { type: 'value' as const, name: '张', minInterval: 1 },
    series: d.series.map((s) => ({ type: 'bar' as const, name: s.name, stack: 'grades', data: s.values, itemStyle: { color: KIND_COLORS[s.kind] }, barMaxWidth: 36 })),
  };
}

// A series of zeros (a new year, a region with no forms yet) draws bare axes: it is shown as empty instead.
function ChartCard({ title, data, empty, children }: { title: string; data: Array<{ value: number }>; empty: string; children: React.ReactNode }) {
  return (
    <Card title={title} size="small">
      {data.every((d) => !d.value) ? <Empty description={empty} image={Empty.PRESENTED_IMAGE_SIMPLE} /> : children}
    </Card>
  );
}

export function WorkbenchCharts({ data }: { data: WorkbenchChartData }) {
  return (
    <Row gutter={[16, 16]}>
      <Col span={12}>
        <ChartCard title="各单位预算（万元）" data={data.budgetByOrg} empty="还没有填报预算数的项目支出绩效目标表">
          <EChartsView label="各单位预算柱状图" option={barOption(data.budgetByOrg.slice(0, 15), '万元', true)} />
        </ChartCard>
      </Col>
      <Col span={12}>
        <ChartCard title="审核发现（按规则）" data={data.findingsByRule} empty="自动审核未发现问题">
          <EChartsView label="审核发现按规则柱状图" option={barOption(data.findingsByRule, '条')} />
        </ChartCard>
      </Col>
      <Col span={12}>
        <ChartCard
          title="自评等级分布（系统核算）"
          data={data.scoreDistribution.series.flatMap((s) => s.values.map((value) => ({ value })))}
          empty="还没有已计分的绩效自评表（项目支出或部门整体）；年度终了后在「绩效自评」中填报"
        >
          <EChartsView label="自评等级分布柱状图" option={gradeBars(data.scoreDistribution)} />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>{data.scoreDistribution.caption}</Typography.Text>
        </ChartCard>
      </Col>
      <Col span={12}>
        <ChartCard title="运行监控亮灯" data={data.lights} empty="还没有运行监控数据；项目批复后在「运行监控」中按期填报">
          <EChartsView
            label="运行监控亮灯饼图"
            option={{
              tooltip: { trigger: 'item' },
              legend: { bottom: 0 },
              series: [
                {
                  type: 'pie',
                  radius: ['40%', '70%'],
                  data: data.lights.map((l) => ({
                    name: LIGHT_LABELS[l.name] ?? l.name,
                    value: l.value,
                    itemStyle: { color: LIGHT_COLORS[l.name] ?? '#999' },
                  })),
                },
              ],
            }}
          />
        </ChartCard>
      </Col>
    </Row>
  );
}

export default WorkbenchCharts;
