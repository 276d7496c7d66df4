import { describe, expect, it } from 'vitest';
import { type AuditCase, B, O, caseTable, raises, row } from './audit-case-rows';

/**
 * Held-out set 55 (session 23): one case per general cause fixed after measuring, each with a guard beside it, in
 * wording the set does not hold. Row cases are appended to four clean rows of a 2024 project target.
 */
const CASES: AuditCase[] = [
  // Staff taken on past the establishment (超编, 超职数) and hospitality, cars or kit past the standard are breaches, bad when
  // many; an act against them (消化超编, 查处超标准配车) is the work.
  { id: 'dir-b55-01', code: 'direction', expect: 'flag', row: row(O, '质量指标', '超职数配备领导干部单位', '>=', '2', '个'), why: 'Posts over the quota raised.' },
  { id: 'dir-b55-02', code: 'direction', expect: 'no_flag', row: row(O, '数量指标', '消化超编人员', '>=', '12', '人'), why: 'Guard: absorbing the surplus is work.' },
  { id: 'dir-b55-03', code: 'direction', expect: 'flag', row: row(O, '质量指标', '超标准配备办公设备', '>=', '3', '台'), why: 'Kit over the standard raised.' },
  { id: 'dir-b55-04', code: 'direction', expect: 'no_flag', row: row(O, '数量指标', '查处超标准配车问题', '>=', '5', '起'), why: 'Guard: finding it is work.' },
  // A stock-take's surplus or shortfall (盘盈, 盘亏) and balances left on the books (挂账) are bad; clearing them is work.
  { id: 'dir-b55-05', code: 'direction', expect: 'flag', row: row(O, '质量指标', '库存物资盘亏金额', '>=', '5', '万元'), why: 'A stock shortfall raised.' },
  { id: 'dir-b55-06', code: 'direction', expect: 'no_flag', row: row(O, '数量指标', '盘亏资产核销处置', '>=', '5', '项'), why: 'Guard: writing it off is work.' },
  { id: 'dir-b55-07', code: 'direction', expect: 'flag', row: row(O, '质量指标', '暂付款挂账金额', '>=', '50', '万元'), why: 'Unsettled advances raised.' },
  { id: 'dir-b55-08', code: 'direction', expect: 'no_flag', row: row(O, '数量指标', '清理挂账资金', '>=', '50', '万元'), why: 'Guard: clearing them is work.' },
  // Families falling back into hardship (返困, 致困) are bad as 返贫 is; 解困 stays good.
  { id: 'dir-b55-09', code: 'direction', expect: 'flag', row: row(B, '社会效益指标', '因病致困家庭数', '>=', '20', '户'), why: 'Hardship caused raised.' },
  { id: 'dir-b55-10', code: 'direction', expect: 'no_flag', row: row(B, '社会效益指标', '困难家庭解困率', '>=', '60', '%'), why: 'Guard: lifting out is good.' },
  // A unit's own running costs by name (印刷费, 物业费, 水电费, 邮电费) are kept down as 会议费 and 差旅费 are; relief on them paid
  // to others (减免…水电费) is a benefit.
  { id: 'dir-b55-11', code: 'direction', expect: 'flag', row: row(B, '经济效益指标', '机关邮电费', '>=', '6', '万元'), why: 'A running cost floored outside 成本.' },
  { id: 'dir-b55-12', code: 'direction', expect: 'no_flag', row: row(B, '经济效益指标', '减免小微企业水电费', '>=', '100', '万元'), why: 'Guard: relief paid to others.' },
  // An act naming a fund (救助款物, 帮扶资金) says whose money it is, not an act against a wrong done with it; a verb on the fund is.
  { id: 'dir-b55-13', code: 'direction', expect: 'flag', row: row(O, '质量指标', '救助款物违规使用', '>=', '1', '起'), why: 'Funds misused raised.' },
  { id: 'dir-b55-14', code: 'direction', expect: 'no_flag', row: row(O, '数量指标', '查处惠农资金违规使用', '>=', '10', '起'), why: 'Guard: finding misuse is work.' },
  // Payments settled the prescribed way (结算率: 公务卡, 直接结算) and items booked (入账率) are good shares; cash settlement and
  // settling twice are not.
  { id: 'dir-b55-15', code: 'direction', expect: 'flag', row: row(O, '质量指标', '异地就医直接结算率', '<=', '70', '%'), why: 'A settlement share capped.' },
  { id: 'dir-b55-16', code: 'direction', expect: 'no_flag', row: row(O, '质量指标', '现金结算率', '<=', '10', '%'), why: 'Guard: cash settlement kept down.' },
  { id: 'dir-b55-17', code: 'direction', expect: 'flag', row: row(O, '质量指标', '捐赠收入入账率', '<=', '90', '%'), why: 'A booking share capped.' },
  { id: 'dir-b55-18', code: 'direction', expect: 'no_flag', row: row(O, '质量指标', '捐赠收入入账率', '=', '100', '%'), why: 'Guard: set at full.' },
  // People registered (注册…人数) are people reached, good when many: a ceiling caps the result.
  { id: 'dir-b55-19', code: 'direction', expect: 'flag', row: row(B, '社会效益指标', '注册志愿者人数', '<=', '3000', '人'), why: 'Registrations capped.' },
  { id: 'dir-b55-20', code: 'direction', expect: 'no_flag', row: row(B, '社会效益指标', '注册志愿者人数', '>=', '3000', '人'), why: 'Guard: floored.' },
];

describe('audit cases b55: 部门整体 运转/履职 wording', () => {
  it.each(caseTable(CASES))('%s', (_, c) => {
    expect(raises(c), c.why).toBe(c.expect === 'flag');
  });
});
