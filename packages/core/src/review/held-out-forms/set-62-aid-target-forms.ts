import { B, C, ECO, F, type FormCase, NUM, O, plan, pt, Q, QUA, r, S, SAT, SOC, SUS, TIM } from './form-case-types';

/**
 * Held-out set 62F (session 27): 2027年项目支出绩效目标表 of two aid projects whose 项目概况, 立项依据 and 年度目标 speak of
 * people: 困难群众医疗救助 (M, 区医疗保障局, 3600 all 财政) and 被征地农民社会保障补贴 (L, 区人力资源和社会保障局, 2600 all 财政).
 * 2021 tree on 90. Written before reading any code under review/; readings in set-62-cases.ts.
 */
const year = (fields: Record<string, unknown>) => pt({ fiscal_year: 2027, ...fields });

/** 8 rows on 90. */
const MEDICAL = [
  r(O, NUM, '资助特困人员、低保对象参加城乡居民医保人数', '>=', '21500', '人', 15), r(O, NUM, '住院救助人次', '>=', '6800', '人次', 10),
  r(O, QUA, '救助对象身份信息核验准确率', '=', '100', '%', 10), r(O, TIM, '救助资金“一站式”即时结算率', '>=', '95', '%', 10),
  r(C, ECO, '资助参保个人缴费补助标准', '<=', '380', '元/人', 10), r(B, SOC, '救助对象政策范围内住院费用个人负担比例', '<=', '15', '%', 10),
  r(B, SUS, '防范化解因病返贫致贫长效机制', Q, '健全', null, 10), r(S, SAT, '救助对象满意度', '>=', '90', '%', 15),
];
const MEDICAL_GOAL = '2027年资助全区21500名特困人员、低保对象和返贫致贫人口参加城乡居民基本医疗保险，实施住院救助6800人次以上，救助对象'
  + '身份信息核验准确率100%，“一站式”即时结算率95%以上，按每人不超过380元标准资助个人缴费，救助对象政策范围内住院费用个人负担比例'
  + '控制在15%以内，健全防范化解因病返贫致贫长效机制，救助对象满意度90%以上。';
const MEDICAL_OVERVIEW = '全区现有特困人员2860人、低保对象17300人、返贫致贫监测对象1340人。2026年资助参保21200人，住院救助6520人次。'
  + '2027年预算3600万元，其中资助参保816万元、医疗救助2784万元，全部为区级财政资金。';
const medical = (fields: Record<string, unknown> = {}, indicators = MEDICAL) => year({
  org: '区医疗保障局', department: '区医疗保障局', project_name: '困难群众医疗救助', budget_total_wan: 3600, budget_fiscal_wan: 3600,
  budget_other_wan: 0, overview: MEDICAL_OVERVIEW,
  basis: '《国务院办公厅关于健全重特大疾病医疗保险和救助制度的意见》（国办发〔2021〕42号）；区医疗救助实施办法。', goal: MEDICAL_GOAL,
  spending_plan: plan(20, 50, 80, 100), indicators, ...fields,
});
const withOverview = (extra: string) => ({ overview: `${MEDICAL_OVERVIEW}${extra}` });

export const SET62_MEDICAL_CASES: FormCase[] = [
  { id: 'S62-M01', sector: '医疗救助（干净，人数、人次和标准全部有指标）', form: medical(), expect: [] },
  {
    id: 'S62-M02', sector: '医疗救助（概况写已脱敏的受助人张*明、李**）', expect: [],
    form: medical(withOverview('2026年对重特大疾病患者张*明、李**等36人实施倾斜救助，个人自付超过3万元的部分按70%救助。')),
  },
  {
    id: 'S62-M03', sector: '医疗救助（概况举例说明公示名单的脱敏格式：刘某某、410***19800101****、138****5678）', expect: [],
    form: medical(withOverview('救助结果按月在村（社区）公示，公示信息按规定脱敏，格式如“刘某某 410***19800101**** 138****5678 住院救助1.2万元”。')),
  },
  {
    id: 'S62-M04', sector: '医疗救助（概况写低保对象全名、肝癌病情和所欠医疗费）', expect: [F('private_data', null, 'overview')],
    form: medical(withOverview('其中低保对象葛春生因肝癌晚期治疗欠下医疗费23万元，已纳入倾斜救助。')),
  },
  {
    id: 'S62-M05', sector: '医疗救助（概况粘贴倾斜救助名单，姓名加身份证号）', expect: [F('private_data', null, 'overview')],
    form: medical(withOverview('拟纳入2027年倾斜救助名单：1.侯玉珍 410181195508123021；2.闫国庆 410181196203154518。')),
  },
  {
    id: 'S62-M06', sector: '医疗救助（概况写回访未接通的救助对象手机号）', expect: [F('private_data', null, 'overview')],
    form: medical(withOverview('2026年电话回访救助对象1200人次，其中15838271946、13703852716等号码多次未接通。')),
  },
  {
    id: 'S62-M07', sector: '医疗救助（依据栏写单位负责人局长姓名和联系人办公电话）', expect: [],
    form: medical({
      basis: '《国务院办公厅关于健全重特大疾病医疗保险和救助制度的意见》（国办发〔2021〕42号）。单位负责人：局长 韩建设；'
        + '联系人：医疗救助科 贾晓燕，联系电话0371-63925518。',
    }),
  },
  {
    id: 'S62-M08', sector: '医疗救助（目标写住院救助7200人次，指标6800人次）', expect: [F('goal_vs_indicators', null, 'goal')],
    form: medical({ goal: MEDICAL_GOAL.replace('6800人次', '7200人次') }),
  },
  {
    id: 'S62-M09', sector: '医疗救助（目标另许门诊慢特病救助3500人次，无指标）', expect: [F('goal_vs_indicators', null, 'goal')],
    form: medical({ goal: MEDICAL_GOAL.replace('6800人次以上，', '6800人次以上，门诊慢特病救助3500人次，') }),
  },
  {
    id: 'S62-M10', sector: '医疗救助（概况写像人名的村名、药房字号和医家之名）', expect: [],
    form: medical(withOverview('依托郭家咀社区、薛店镇和马寨镇卫生院设置救助窗口，由张仲景大药房、中原大药房承担慢病药品配送。')),
  },
  {
    id: 'S62-M11', sector: '医疗救助（概况写独居救助对象住址到门牌）', expect: [F('private_data', null, 'overview')],
    form: medical(withOverview('对失能救助对象上门办理，如居住在须水镇董岗村三组27号的独居老人。')),
  },
  {
    id: 'S62-M12', sector: '医疗救助（概况只写人群和身份：监护人、烈士遗属、困难群众）', expect: [],
    form: medical(withOverview('救助对象包括特困人员、低保对象、孤儿和事实无人抚养儿童（由监护人代为申请）、烈士遗属等困难群众。')),
  },
];

/** 8 rows on 90. */
const LAND = [
  r(O, NUM, '发放养老保险补贴的被征地农民人数', '>=', '4200', '人', 15), r(O, NUM, '新纳入社会保障的被征地农民人数', '>=', '860', '人', 10),
  r(O, QUA, '补贴对象资格审核准确率', '=', '100', '%', 10), r(O, TIM, '补贴资金到账时限', '<=', '30', '个工作日', 10),
  r(C, ECO, '人均社会保障补贴标准', '=', '2.4', '万元/人', 10), r(B, SOC, '被征地农民基本养老保险参保率', '>=', '98', '%', 10),
  r(B, SUS, '被征地农民社会保障资金长效筹集机制', Q, '健全', null, 10), r(S, SAT, '被征地农民满意度', '>=', '90', '%', 15),
];
const LAND_GOAL = '2027年为全区4200名已参保被征地农民发放养老保险补贴，新纳入社会保障被征地农民860人，按每人2.4万元标准足额落实社会保障'
  + '补贴，补贴对象资格审核准确率100%，补贴资金30个工作日内到账，被征地农民基本养老保险参保率98%以上，健全社会保障资金长效筹集'
  + '机制，被征地农民满意度90%以上。';
const LAND_OVERVIEW = '2026年全区因轨道交通6号线、航空港区配套道路等项目征收集体土地5300亩，涉及11个村。2027年预算2600万元，全部为区级财政'
  + '资金，来源为土地出让收入计提的被征地农民社会保障资金。';
const land = (fields: Record<string, unknown> = {}, indicators = LAND) => year({
  org: '区社会保险事业中心', department: '区人力资源和社会保障局', project_name: '被征地农民社会保障补贴', budget_total_wan: 2600,
  budget_fiscal_wan: 2600, budget_other_wan: 0, overview: LAND_OVERVIEW,
  basis: '《关于做好被征地农民社会保障工作的通知》（豫人社〔2021〕8号）；区被征地农民社会保障实施办法。', goal: LAND_GOAL,
  spending_plan: plan(25, 50, 75, 100), indicators, ...fields,
});
const landOverview = (extra: string) => ({ overview: `${LAND_OVERVIEW}${extra}` });

export const SET62_LAND_CASES: FormCase[] = [
  { id: 'S62-L01', sector: '被征地农民社保（干净）', form: land(), expect: [] },
  {
    id: 'S62-L02', sector: '被征地农民社保（概况写村会计全名虚报冒领补贴）', expect: [F('private_data', null, 'overview')],
    form: land(landOverview('2026年审计发现村会计邢德旺虚报冒领被征地农民社保补贴4.2万元，已追回并移交区纪委监委。')),
  },
  {
    id: 'S62-L03', sector: '被征地农民社保（同一审计问题，只写邢某和1名村干部）', expect: [],
    form: land(landOverview('2026年审计发现个别村会计虚报冒领补贴4.2万元，已全部追回，对1名村干部（邢某）给予党内严重警告处分。')),
  },
  {
    id: 'S62-L04', sector: '被征地农民社保（概况粘贴按户兑付明细和金额）', expect: [F('private_data', null, 'overview')],
    form: land(landOverview('2027年拟兑付补偿明细：祁万顺户 12.36万元；郜淑芬户 9.80万元；樊建民户 15.12万元。')),
  },
  {
    id: 'S62-L05', sector: '被征地农民社保（概况写像人名的村名和企业名）', expect: [],
    form: land(landOverview('涉及孙庄村、马沟村和李家寨村等11个村，用地单位包括李宁公司中原物流园、黄河水利委员会等。')),
  },
  {
    id: 'S62-L06', sector: '被征地农民社保（姓名打了星号但身份证号完整）', expect: [F('private_data', null, 'overview')],
    form: land(landOverview('被征收人庞*军（身份证号410122197304152217）拒签补偿安置协议，已依法申请强制执行。')),
  },
  {
    id: 'S62-L07', sector: '被征地农民社保（目标另许就业技能培训600人次，无指标）', expect: [F('goal_vs_indicators', null, 'goal')],
    form: land({ goal: LAND_GOAL.replace('新纳入社会保障被征地农民860人，', '新纳入社会保障被征地农民860人，组织就业技能培训600人次，') }),
  },
  {
    id: 'S62-L08', sector: '被征地农民社保（目标写4200余名、不低于98%，指标全部承载）', expect: [],
    form: land({ goal: LAND_GOAL.replace('4200名', '4200余名').replace('参保率98%以上', '参保率不低于98%') }),
  },
  {
    id: 'S62-L09', sector: '被征地农民社保（概况写失地老人住址到单元房号）', expect: [F('private_data', null, 'overview')],
    form: land(landOverview('对居住在十八里河社区康宁街16号院2号楼3单元501的失地老人上门办理待遇领取。')),
  },
  {
    id: 'S62-L10', sector: '被征地农民社保（概况只写遗属、监护人等身份）', expect: [],
    form: land(landOverview('参保人员死亡的，由其遗属或监护人代为申领丧葬补助金；对70周岁以上和重度残疾的被征地农民上门办理。')),
  },
];
