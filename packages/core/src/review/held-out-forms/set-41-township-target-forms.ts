import { B, C, ECO, ENV, F, type FormCase, NUM, O, patch, pt, Q, QUA, r, S, SAT, SOC, SUS, TIM } from './form-case-types';

/**
 * Held-out set 41F (session 19), 项目支出绩效目标表 as a 镇人民政府 fills them: 村级公益事业一事一议财政奖补 (8 rows on 90,
 * 财政奖补 + 村民筹资, goal as a numbered list; T) and 集镇环境整治 (a county template with no weight column, goal as one long
 * sentence; J), 2021 tree. Written before reading any code under review/; readings in set-41-cases.ts.
 */

/** 8 rows on 90; 48 = 财政奖补 40 (上级补助 30 + 本级 10, stated in 概况) + 村民筹资 8. */
const VOTE = [
  r(O, NUM, '一事一议奖补项目', '=', '6', '个', 15), r(O, NUM, '硬化村组道路', '>=', '3.2', '公里', 15),
  r(O, QUA, '项目验收合格率', '=', '100', '%', 10), r(O, TIM, '项目完工时间', Q, '2025年10月底前', null, 5),
  r(C, ECO, '每公里道路硬化奖补标准', '<=', '12', '万元/公里', 10), r(B, SOC, '受益群众', '>=', '3600', '人', 15),
  r(B, SUS, '村级公益设施管护机制', Q, '长效运行', null, 10), r(S, SAT, '受益群众满意度', '>=', '90', '%', 10),
];
const VOTE_GOAL = '1.实施村级公益事业一事一议财政奖补项目6个；2.硬化村组道路3.2公里，项目验收合格率100%；'
  + '3.项目于2025年10月底前全部完工，惠及群众3600人，受益群众满意度达到90%以上。';
const vote = (fields: Record<string, unknown> = {}, indicators = VOTE) => pt({
  org: '青杠镇人民政府', department: '县财政局', project_name: '村级公益事业一事一议财政奖补', budget_total_wan: 48, budget_fiscal_wan: 40,
  budget_other_wan: 8,
  overview: '按照村民议事、政府奖补的方式，对村民筹资筹劳兴建的村组道路、文化广场等公益设施给予奖补。资金来源：上级补助30万元，镇本级10万元，村民筹资8万元。',
  basis: '《村民一事一议筹资筹劳管理办法》。', goal: VOTE_GOAL, indicators, ...fields,
});

/** 8 rows without weights (the county's template has no weight column); 80 万元, all 财政资金. */
const TOWN = [
  r(O, NUM, '集镇街道清扫保洁面积', '>=', '12', '万平方米', null), r(O, NUM, '整治占道经营点位', '>=', '40', '处', null),
  r(O, QUA, '垃圾日产日清率', '=', '100', '%', null), r(O, TIM, '整治完成时限', Q, '2025年12月底前', null, null),
  r(C, ECO, '每万平方米年保洁成本', '<=', '5', '万元', null), r(B, SOC, '集镇人居环境', Q, '明显改善', null, null),
  r(B, ENV, '生活垃圾无害化处理率', '>=', '95', '%', null), r(S, SAT, '集镇居民满意度', '>=', '90', '%', null),
];
const TOWN_GOAL = '通过实施集镇环境整治，全年完成集镇街道12万平方米的日常清扫保洁，整治占道经营点位40处，做到生活垃圾日产日清，'
  + '生活垃圾无害化处理率达到95%以上，集镇人居环境明显改善，居民满意度达到90%以上。';
const town = (fields: Record<string, unknown> = {}, indicators = TOWN) => pt({
  org: '白沙镇人民政府', department: '县住房和城乡建设委员会', project_name: '集镇环境综合整治', budget_total_wan: 80, budget_fiscal_wan: 80,
  budget_other_wan: null,
  overview: '对集镇主次街道实施市场化保洁，集中整治占道经营、乱堆乱放。资金来源：上级补助50万元，镇本级30万元。',
  basis: '《县农村人居环境整治提升五年行动方案》。', goal: TOWN_GOAL, indicators, ...fields,
});
const townGoal = (tail: string) => TOWN_GOAL.replace(/。$/, `，${tail}`);

export const SET41_TOWNSHIP_CASES: FormCase[] = [
  { id: 'S41-T01', sector: '一事一议（干净，编号列表目标）', form: vote(), expect: [] },
  {
    id: 'S41-T02', sector: '一事一议（总体目标三年18个，年度目标6个，安静）', expect: [],
    form: vote({ goal: `总体目标：2025—2027年分三批实施一事一议财政奖补项目18个，硬化村组道路10公里。年度目标：${VOTE_GOAL}` }),
  },
  {
    id: 'S41-T03', sector: '一事一议（目标写“一事一议”“两不愁三保障”，安静）', expect: [],
    form: vote({ goal: `坚持“一事一议”民主议事程序，巩固拓展“两不愁三保障”成果。${VOTE_GOAL}` }),
  },
  { id: 'S41-T04', sector: '一事一议（目标写新建文化广场2个，无指标）', form: vote({ goal: `${VOTE_GOAL}4.新建村文化广场2个。` }), expect: [F('goal_vs_indicators', null, 'goal')] },
  {
    id: 'S41-T05', sector: '一事一议（编号“3.”紧跟年份“2025年”，安静）', expect: [],
    form: vote({ goal: VOTE_GOAL.replace('3.项目于2025年', '3.2025年') }),
  },
  { id: 'S41-T06', sector: '一事一议（财政40+筹资10≠48）', form: vote({ budget_other_wan: 10 }), expect: [F('budget_arithmetic', null, null)] },
  { id: 'S41-T07', sector: '一事一议（目标写硬化道路3200米、项目六个，安静）', form: vote({ goal: VOTE_GOAL.replace('3.2公里', '3200米').replace('项目6个', '项目六个') }), expect: [] },
  {
    id: 'S41-T08', sector: '一事一议（概况写联系人姓名手机）', expect: [F('private_data', null, 'overview')],
    form: vote({ overview: '项目联系人：镇财政所王丽萍，手机13896012345。对村民筹资筹劳兴建的村组道路给予奖补。' }),
  },
  { id: 'S41-T09', sector: '一事一议（权重合计95）', form: vote({}, patch(VOTE, { 0: { weight: 20 } })), expect: [F('weights', null, 'weight')] },
  {
    id: 'S41-T10', sector: '一事一议（无满意度指标）', expect: [F('coverage', null, null)],
    form: vote({ goal: VOTE_GOAL.replace('，受益群众满意度达到90%以上', '') }, [...patch(VOTE.slice(0, 7), { 6: { weight: 20 } })]),
  },
  {
    id: 'S41-T11', sector: '一事一议（硬化村组道路/硬化村组道路长度两行重复）', expect: [F('names', 8, null)],
    form: vote({}, [...patch(VOTE, { 1: { weight: 10 } }), r(O, NUM, '硬化村组道路长度', '>=', '3.2', '公里', 5)]),
  },
  {
    id: 'S41-T12', sector: '一事一议（两位小数合计相符，安静）', expect: [],
    form: vote({
      budget_total_wan: 48.36, budget_fiscal_wan: 40.36, budget_other_wan: 8,
      overview: '对村民筹资筹劳兴建的村组道路给予奖补。资金来源：上级补助30.36万元，镇本级10万元，村民筹资8万元。',
    }),
  },
  { id: 'S41-T13', sector: '一事一议（目标写硬化道路4公里，指标3.2公里）', form: vote({ goal: VOTE_GOAL.replace('3.2公里', '4公里') }), expect: [F('goal_vs_indicators', null, 'goal')] },
  {
    id: 'S41-T14', sector: '一事一议（概况写筹资限额每人15元、10个工日，安静）', expect: [],
    form: vote({ overview: '村民筹资每人每年不超过15元，筹劳每个劳动力每年不超过10个工日。资金来源：上级补助30万元，镇本级10万元，村民筹资8万元。' }),
  },
  {
    id: 'S41-T15', sector: '一事一议（概况只列财政奖补两项，合计等于财政资金40，安静）', expect: [],
    form: vote({ overview: '对村民筹资筹劳兴建的村组道路给予奖补。财政奖补资金来源：上级补助30万元、镇本级10万元。' }),
  },
  { id: 'S41-J01', sector: '集镇整治（干净，模板无权重列）', form: town(), expect: [] },
  { id: 'S41-J02', sector: '集镇整治（目标写新建垃圾分类投放亭15个，无指标）', form: town({ goal: townGoal('新建垃圾分类投放亭15个。') }), expect: [F('goal_vs_indicators', null, 'goal')] },
  { id: 'S41-J03', sector: '集镇整治（目标写占道点位50处，指标40处）', form: town({ goal: TOWN_GOAL.replace('40处', '50处') }), expect: [F('goal_vs_indicators', null, 'goal')] },
  {
    id: 'S41-J04', sector: '集镇整治（目标写“门前三包”“五乱”治理，安静）', expect: [],
    form: town({ goal: `全面落实“门前三包”责任制，深入开展“五乱”集中治理。${TOWN_GOAL}` }),
  },
  { id: 'S41-J05', sector: '集镇整治（财政50+其他20≠80）', form: town({ budget_fiscal_wan: 50, budget_other_wan: 20 }), expect: [F('budget_arithmetic', null, null)] },
  {
    id: 'S41-J06', sector: '集镇整治（编制单位栏写联系人姓名手机）', expect: [F('private_data', null, 'org')],
    form: town({ org: '白沙镇人民政府（联系人：刘建华 13983456789）' }),
  },
  {
    id: 'S41-J07', sector: '集镇整治（概况写值班电话、18位项目编码，安静）', expect: [],
    form: town({ overview: '对集镇主次街道实施市场化保洁。项目编码500112250000000123，镇政府值班电话023-46781234。' }),
  },
  {
    id: 'S41-J08', sector: '集镇整治（无效益指标）', expect: [F('coverage', null, null)],
    form: town({ goal: '全年完成集镇街道12万平方米的日常清扫保洁，整治占道经营点位40处，做到生活垃圾日产日清，居民满意度达到90%以上。' },
      patch(TOWN, {
        5: { level1: O, level2: NUM, name: '清理卫生死角', comparator: '>=', target: '60', unit: '处' },
        6: { level1: O, level2: QUA, name: '保洁作业达标率', comparator: '>=', target: '95', unit: '%' },
      })),
  },
  {
    id: 'S41-J09', sector: '集镇整治（整治占道经营点位写了两次）', expect: [F('names', 8, null)],
    form: town({}, [...TOWN, TOWN[1]!]),
  },
  {
    id: 'S41-J10', sector: '集镇整治（目标一是二是分条，安静）', expect: [],
    form: town({ goal: '一是完成集镇街道12万平方米日常清扫保洁；二是整治占道经营点位40处；三是生活垃圾日产日清、无害化处理率95%以上；四是居民满意度90%以上。' }),
  },
  {
    id: 'S41-J11', sector: '集镇整治（目标写12345热线，安静）', expect: [],
    form: town({ goal: townGoal('畅通12345热线投诉渠道。') }),
  },
  {
    id: 'S41-J12', sector: '集镇整治（概况写上级补助50+本级20，与80不符）', expect: [F('budget_arithmetic', null, 'overview')],
    form: town({ overview: '对集镇主次街道实施市场化保洁，集中整治占道经营、乱堆乱放。资金来源：上级补助50万元，镇本级20万元。' }),
  },
  {
    id: 'S41-J13', sector: '集镇整治（目标写120000平方米，安静）', expect: [],
    form: town({ goal: TOWN_GOAL.replace('12万平方米', '120000平方米') }),
  },
  {
    id: 'S41-J14', sector: '集镇整治（概况写资金来源其中上级50、本级30，安静）', expect: [],
    form: town({ overview: '对集镇主次街道实施市场化保洁。资金来源：财政资金80万元，其中上级补助50万元、镇本级30万元。' }),
  },
];
