import { B, C, ECN, ECO, F, type FormCase, NUM, O, patch, pt, Q, QUA, r, S, SAT, SOC, SUS, TIM } from './form-case-types';

/**
 * Held-out set 25 (issue 3), 项目支出绩效目标表 as county and city systems print them, in 地方志, 广播电视, 体育彩票公益金,
 * 民族宗教 and 侨务. Written before reading any code under review/; readings in set-25-cases.ts.
 */

/** 区志编纂出版 (地方志): a goal with a title's year range, a 文号 and a 资金用途 breakdown. 9 rows on 90. */
const ZHI = [
  r(O, NUM, '编纂出版区志', '=', '1', '部', 10), r(O, NUM, '区志印制数量', '>=', '1000', '册', 10),
  r(O, NUM, '编纂出版区年鉴', '=', '1', '部', 5), r(O, QUA, '志稿质量评审通过率', '=', '100', '%', 10),
  r(O, TIM, '区志出版时间', Q, '2025年10月底前', null, 10), r(C, ECO, '区志编纂出版成本', '<=', '95', '万元', 5),
  r(B, SOC, '提供地情资料查阅服务', '>=', '5000', '人次', 15), r(B, SUS, '地方志资源数字化', Q, '持续推进', null, 10),
  r(S, SAT, '社会各界查阅满意度', '>=', '90', '%', 15),
];
const ZHI_GOAL = '根据《地方志工作条例》和渝府办发〔2024〕15号文件要求，2025年10月底前完成《南岸区志（2011—2022）》终审和出版，'
  + '印制1000册；编纂出版《南岸年鉴（2025）》1部；全年提供地情资料查阅服务5000人次以上。资金用途：编纂出版费95万元，'
  + '其中：印刷费60万元、评审费20万元、数字化建设15万元。';
const zhi = (fields: Record<string, unknown> = {}, indicators = ZHI) => pt({
  org: '区地方志办公室', project_name: '第三轮区志编纂出版', budget_total_wan: 95, budget_fiscal_wan: 95, budget_other_wan: 0,
  overview: '第三轮区志记述2011—2022年全区自然、政治、经济、文化和社会发展情况。', goal: ZHI_GOAL, indicators, ...fields,
});

/** 广播电视户户通维修维护及无线覆盖: 9 rows on 90. */
const TV = [
  r(O, NUM, '维修维护户户通设备', '>=', '3000', '户', 10), r(O, NUM, '运行维护无线发射台', '=', '5', '座', 10),
  r(O, NUM, '无线数字化转播节目', '>=', '6', '套', 5), r(O, QUA, '发射台站安全播出率', '>=', '99.9', '%', 10),
  r(O, TIM, '故障维修响应时间', '<=', '48', '小时', 10), r(C, ECO, '户均维修成本', '<=', '150', '元', 5),
  r(B, SOC, '广播电视人口综合覆盖率', '>=', '99.5', '%', 15), r(B, SUS, '农村广播电视公共服务长效机制', Q, '持续完善', null, 10),
  r(S, SAT, '农村群众收视满意度', '>=', '90', '%', 15),
];
const TV_GOAL = '全年维修维护直播卫星户户通设备3000户，保障5座无线发射台安全运行，无线数字化转播中央和地方节目6套，安全播出率达到'
  + '99.9%以上，故障48小时内修复，广播电视人口综合覆盖率达到99.5%。';
const tv = (fields: Record<string, unknown> = {}, indicators = TV) => pt({
  org: '区文化和旅游发展委员会', project_name: '广播电视户户通维修维护及无线覆盖', budget_total_wan: 120, budget_fiscal_wan: 100,
  budget_other_wan: 20, overview: '对农村直播卫星户户通设备和无线发射台站进行维修维护。', goal: TV_GOAL, indicators, ...fields,
});
/** The 3000户 split over three towns named in the goal. */
const TV_SPLIT = [
  r(O, NUM, '峡口镇维修维护户户通设备', '>=', '1000', '户', 4), r(O, NUM, '迎龙镇维修维护户户通设备', '>=', '1000', '户', 3),
  r(O, NUM, '广阳镇维修维护户户通设备', '>=', '1000', '户', 3), ...TV.slice(1),
];

/** 体育彩票公益金资助青少年体育赛事: 9 rows on 90. */
const LOT = [
  r(O, NUM, '举办青少年体育赛事', '>=', '12', '项', 10), r(O, NUM, '参赛青少年', '>=', '8000', '人次', 10),
  r(O, NUM, '培训青少年体育教练员', '>=', '150', '人', 5), r(O, QUA, '赛事组织规范率', '>=', '95', '%', 10),
  r(O, TIM, '公益金拨付及时率', '=', '100', '%', 10), r(C, ECO, '单项赛事平均补助', '<=', '15', '万元', 5),
  r(B, SOC, '青少年体质健康达标率', '>=', '92', '%', 15), r(B, SUS, '青少年体育赛事品牌', Q, '逐步形成', null, 10),
  r(S, SAT, '参赛学生及家长满意度', '>=', '90', '%', 15),
];
const LOT_GOAL = '使用体育彩票公益金180万元，举办青少年足球、篮球、游泳等体育赛事12项，参赛青少年8000人次，培训青少年体育教练员150人，'
  + '青少年体质健康达标率达到92%。';
const lot = (fields: Record<string, unknown> = {}, indicators = LOT) => pt({
  org: '区体育局', project_name: '体育彩票公益金青少年体育赛事资助', budget_total_wan: 180, budget_fiscal_wan: 180, budget_other_wan: 0,
  goal: LOT_GOAL, indicators, ...fields,
});

/** 少数民族发展资金（特色村寨、宗教活动场所消防）: 10 rows on 90. */
const ETH = [
  r(O, NUM, '扶持少数民族特色村寨', '=', '5', '个', 15), r(O, NUM, '宗教活动场所消防安全改造', '>=', '20', '处', 10),
  r(O, NUM, '开展民族团结进步宣传活动', '>=', '30', '场次', 5), r(O, QUA, '改造工程验收合格率', '=', '100', '%', 10),
  r(O, TIM, '项目完工时间', Q, '2025年11月底前', null, 5), r(C, ECO, '每个特色村寨扶持标准', '<=', '40', '万元', 5),
  r(B, ECN, '特色村寨村民人均增收', '>=', '800', '元', 10), r(B, SOC, '宗教活动场所消防安全隐患整改率', '=', '100', '%', 10),
  r(B, SUS, '民族团结进步创建成果', Q, '持续巩固', null, 5), r(S, SAT, '少数民族群众满意度', '>=', '90', '%', 15),
];
const ETH_GOAL = '扶持5个少数民族特色村寨发展乡村旅游和特色产业，带动村民人均增收800元；完成20处宗教活动场所消防安全改造，隐患整改率'
  + '100%；开展民族团结进步宣传活动30场次。';
const eth = (fields: Record<string, unknown> = {}, indicators = ETH) => pt({
  org: '区民族宗教事务委员会', project_name: '少数民族发展资金', budget_total_wan: 280, budget_fiscal_wan: 250, budget_other_wan: 30,
  overview: '支持少数民族特色村寨保护与发展，改善宗教活动场所消防安全条件。', goal: ETH_GOAL, indicators, ...fields,
});
const ETH_SPLIT = [
  ETH[0]!, r(O, NUM, '佛教寺院消防安全改造', '>=', '12', '处', 5), r(O, NUM, '基督教堂消防安全改造', '>=', '8', '处', 5), ...ETH.slice(2),
];

/** 归侨侨眷关爱帮扶 (侨务): 9 rows on 90. */
const QIAO = [
  r(O, NUM, '走访慰问困难归侨侨眷', '>=', '120', '户', 15), r(O, NUM, '开展侨界联谊交流活动', '>=', '6', '场次', 10),
  r(O, NUM, '服务侨资企业', '>=', '40', '家', 10), r(O, QUA, '帮扶对象认定准确率', '=', '100', '%', 10),
  r(O, TIM, '春节慰问金发放时间', Q, '2025年1月25日前', null, 5), r(C, ECO, '户均慰问标准', '<=', '2000', '元', 5),
  r(B, SOC, '侨界群众合法权益维护', Q, '有效保障', null, 10), r(B, SUS, '侨务工作服务体系', Q, '持续完善', null, 10),
  r(S, SAT, '归侨侨眷满意度', '>=', '92', '%', 15),
];
const QIAO_GOAL = '走访慰问困难归侨侨眷120户，开展“海外侨胞故乡行”等侨界联谊交流活动6场次，服务侨资企业40家，春节慰问金于2025年1月25日前'
  + '发放到位。';
const qiao = (fields: Record<string, unknown> = {}, indicators = QIAO) => pt({
  org: '区人民政府外事侨务办公室', project_name: '归侨侨眷关爱帮扶及侨务服务', budget_total_wan: 60, budget_fiscal_wan: 60, budget_other_wan: 0,
  budget_district_wan: 45, budget_subsidy_towns_wan: 15, goal: QIAO_GOAL, indicators, ...fields,
});

export const SET25_PROJECT_TARGET_CASES_A: FormCase[] = [
  // 地方志
  { id: 'S25-P01', sector: '地方志（干净：志名年份、文号、资金用途其中）', form: zhi(), expect: [] },
  { id: 'S25-P02', sector: '地方志（目标写征集地情资料3000件无指标）', form: zhi({ goal: `${ZHI_GOAL}征集地情资料3000件。` }), expect: [F('goal_vs_indicators', null, 'goal')] },
  { id: 'S25-P03', sector: '地方志（目标印制1200册，指标1000册）', form: zhi({ goal: ZHI_GOAL.replace('印制1000册', '印制1200册') }), expect: [F('goal_vs_indicators', null, 'goal')] },
  {
    id: 'S25-P04', sector: '地方志（概况写主笔身份证号）', expect: [F('private_data', null, 'overview')],
    form: zhi({ overview: '第三轮区志特邀退休教师刘光明（身份证号510222198803154413）担任总纂。' }),
  },
  {
    id: 'S25-P05', sector: '地方志（王家庄、李家沱村名，单位电话、12345）', expect: [],
    form: zhi({ overview: '志稿记述王家庄村、李家沱、陈家湾等村镇沿革，由区地方志办公室组织编纂，查阅咨询电话023-62981234，亦可拨打12345政务服务便民热线。' }),
  },
  { id: 'S25-P06', sector: '地方志（权重合计95）', form: zhi({}, patch(ZHI, { 1: { weight: 15 } })), expect: [F('weights', null, 'weight')] },
  { id: 'S25-P07', sector: '地方志（财政95+其他5≠95）', form: zhi({ budget_other_wan: 5 }), expect: [F('budget_arithmetic', null, null)] },
  // 广播电视
  { id: 'S25-P08', sector: '广播电视（干净）', form: tv(), expect: [] },
  {
    id: 'S25-P09', sector: '广播电视（3个镇共3000户，三行各1000户）', expect: [],
    form: tv({ goal: TV_GOAL.replace('全年维修维护直播卫星户户通设备3000户', '在峡口、迎龙、广阳3个镇共维修维护直播卫星户户通设备3000户') }, TV_SPLIT),
  },
  { id: 'S25-P10', sector: '广播电视（目标2天内修复，指标48小时）', form: tv({ goal: TV_GOAL.replace('故障48小时内修复', '故障2天内修复') }), expect: [] },
  { id: 'S25-P11', sector: '广播电视（CCTV-1、CCTV-13、5G）', form: tv({ goal: `${TV_GOAL}重点保障CCTV-1、CCTV-13等中央节目和重庆卫视的无线覆盖，开展5G广播试点。` }), expect: [] },
  {
    id: 'S25-P12', sector: '广播电视（概况写五保户电话）', expect: [F('private_data', null, 'overview')],
    form: tv({ overview: '为五保户陈福贵（联系电话13983001234）等困难群众免费更换户户通设备。' }),
  },
  { id: 'S25-P13', sector: '广播电视（无满意度指标）', form: tv({}, [...TV.slice(0, 7), { ...TV[7]!, weight: 25 }]), expect: [F('coverage', null, null)] },
  { id: 'S25-P14', sector: '广播电视（目标99.95%，指标99.9%）', form: tv({ goal: TV_GOAL.replace('99.9%以上', '99.95%以上') }), expect: [F('goal_vs_indicators', null, 'goal')] },
  // 体育彩票公益金
  { id: 'S25-P15', sector: '体彩公益金（干净）', form: lot(), expect: [] },
  { id: 'S25-P16', sector: '体彩公益金（资金其中：三项金额）', form: lot({ goal: `${LOT_GOAL}其中：赛事组织补助120万元、教练员培训30万元、器材购置30万元。` }), expect: [] },
  { id: 'S25-P17', sector: '体彩公益金（目标0.8万人次）', form: lot({ goal: LOT_GOAL.replace('8000人次', '0.8万人次') }), expect: [] },
  {
    id: 'S25-P18', sector: '体彩公益金（立项依据写运动员家庭住址）', expect: [F('private_data', null, 'basis')],
    form: lot({ basis: '《体育彩票公益金管理办法》；资助家庭困难运动员王子轩（家住龙门浩街道上新街12号3单元201室）参加全市青少年锦标赛。' }),
  },
  {
    id: 'S25-P19', sector: '体彩公益金（奥运冠军、中国体育彩票品牌）', expect: [],
    form: lot({ basis: '依托“中国体育彩票”公益品牌和重庆市体育彩票管理中心，邀请奥运冠军施廷懋开展公益讲座。' }),
  },
  // A 0 weight is flagged on its row (set 11, S11-P26): revised from the form's weight total.
  { id: 'S25-P20', sector: '体彩公益金（权重0分）', form: lot({}, patch(LOT, { 2: { weight: 0 }, 8: { weight: 20 } })), expect: [F('weights', 2, 'weight')] },
  { id: 'S25-P21', sector: '体彩公益金（目标15项，指标12项）', form: lot({ goal: LOT_GOAL.replace('体育赛事12项', '体育赛事15项') }), expect: [F('goal_vs_indicators', null, 'goal')] },
  // 民族宗教
  { id: 'S25-P22', sector: '民族宗教（干净）', form: eth(), expect: [] },
  {
    id: 'S25-P23', sector: '民族宗教（自治县、村寨名、文号）', expect: [],
    form: eth({ overview: '项目覆盖本区王家庄村、苗族聚居的杨家寨和土家族聚居的马家岩村，协作石柱土家族自治县中益乡，依据渝民宗委发〔2024〕8号。' }),
  },
  {
    id: 'S25-P24', sector: '民族宗教（概况写阿訇身份证号）', expect: [F('private_data', null, 'overview')],
    form: eth({ overview: '改造涉及清真寺阿訇马文福（身份证号 510222 19880315 4413）居住的附属用房。' }),
  },
  {
    id: 'S25-P25', sector: '民族宗教（20处分寺院12处、教堂8处两行）', expect: [],
    form: eth({ goal: ETH_GOAL.replace('完成20处宗教活动场所消防安全改造', '完成20处宗教活动场所（寺院12处、教堂8处）消防安全改造') }, ETH_SPLIT),
  },
  { id: 'S25-P26', sector: '民族宗教（目标增收1000元，指标800元）', form: eth({ goal: ETH_GOAL.replace('800元', '1000元') }), expect: [F('goal_vs_indicators', null, 'goal')] },
  { id: 'S25-P27', sector: '民族宗教（一级指标空白）', form: eth({}, patch(ETH, { 7: { level1: null } })), expect: [F('levels', 7, null)] },
  // 侨务
  { id: 'S25-P28', sector: '侨务（干净）', form: qiao(), expect: [] },
  { id: 'S25-P29', sector: '侨务（目标写归侨、侨眷姓名）', form: qiao({ goal: `${QIAO_GOAL}重点帮扶归侨陈阿生、侨眷林美珍两户。` }), expect: [F('private_data', null, 'goal')] },
  {
    id: 'S25-P30', sector: '侨务（陈嘉庚精神、侨团、单位电话）', expect: [],
    form: qiao({ basis: '弘扬陈嘉庚爱国精神，联系新加坡重庆同乡会、马来西亚南洋侨团，侨务咨询电话023-62881234。' }),
  },
  { id: 'S25-P31', sector: '侨务（目标150户，指标120户）', form: qiao({ goal: QIAO_GOAL.replace('120户', '150户') }), expect: [F('goal_vs_indicators', null, 'goal')] },
  {
    id: 'S25-P32', sector: '侨务（概况贴困难归侨名单）', expect: [F('private_data', null, 'overview')],
    form: qiao({ overview: '据2024年底摸底，困难归侨侨眷名单：黄伟强、吴秀英、李振华等120户。' }),
  },
  { id: 'S25-P33', sector: '侨务（区级45+补助街镇20≠60）', form: qiao({ budget_subsidy_towns_wan: 20 }), expect: [F('budget_arithmetic', null, null)] },
  {
    id: 'S25-P34', sector: '侨务（概况写无标签的有效身份证号）', expect: [F('private_data', null, 'overview')],
    form: qiao({ overview: '春节慰问对象（500233196207081527）已由街道核实。' }),
  },
];
