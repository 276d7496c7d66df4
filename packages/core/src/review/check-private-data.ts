import type { Form } from '../forms/forms-schema';
import { type FormContext, formPlace, push, rowPlace } from './review-context';

// A number the text itself labels an ID number is personal data even when its check digit is wrong (a typo, or a
// number altered by hand): the label, not the checksum, says whose it is.
const LABELLED_ID = /身份证(?:号码|号)?[:：\s]*([1-9]\d{16}[\dXx])(?![0-9A-Za-z])/g;
const ID_CARD = /(?<![0-9A-Za-z])[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![0-9A-Za-z])/g;
// 510222 19880315 4413, 510222-1988-0315-4413: an ID number written in groups as people copy it from the card; personal
// data when its check digit holds or the text labels it an ID number.
const GROUPED_ID = /(?<![0-9A-Za-z])[1-9]\d{5}(?:[\s-]\d{8}[\s-]|[\s-]\d{4}[\s-]\d{4}[\s-])\d{3}[\dXx](?![0-9A-Za-z])/g;
const ID_LABEL_BEFORE = /身份证(?:号码|号)?[:：\s]*$/;
// 13951802467, also written in groups as people say it (139 5180 2467, 139-5180-2467).
const MOBILE = /(?<![0-9A-Za-z])(?:\+?86[- ]?)?1[3-9]\d(?:[ -]?\d{4}){2}(?![0-9])/g;
// 交易额15936824700元, 13856420000.5万元: eleven digits that an amount or a count closes are no phone number.
const AMOUNT_AFTER = /^\s*(?:\.\d|[元万亿千百%％‰吨件次户个台套笔]|人次|平方米|㎡|公里|千克|公斤|立方米)/;
// 资源编码13010020001, 批次号15020250312: eleven digits the text labels a code of a thing are no phone number.
const CODE_LABEL_BEFORE = /(?:编码|编号|代码|批次号|合同号|订单号|流水号|序列号)[:：\s]*$/;
const LANDLINE = /(?<![0-9A-Za-z])(?:[(（]0\d{2,3}[)）]\s?|0\d{2,3}[-－—]\s?)[2-9]\d{6,7}(?![0-9])|(?:电话|座机|联系方式|手机|[Tt][Ee][Ll])[:：\s]*[2-9]\d{6,7}(?![0-9])/g;
// Common surnames that rarely begin an ordinary word in these documents (单, 党, 费, 安, 信… are left out on purpose).
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范廖贾夏韦付傅邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃戴莫孔汤樊葛邢乔伍庞颜倪庄聂鲁岳翟殷詹欧耿焦俞柳祝舒阮柯梅童凌裴霍涂苗翁骆蓝靳柴鲍喻祁蒲滕饶牟艾尤穆缪褚娄窦戚岑冉郁胥栗鄢谌奚粟冼蔺禹巫邬卞姬佟闵苟麦郜晁仝';
const COMPOUND = '欧阳|司马|诸葛|上官|东方|皇甫|令狐|慕容|尉迟|公孙|夏侯|长孙|宇文|司徒|端木';
const NAME = `(?:${COMPOUND}|[${SURNAMES}])[\\u4e00-\\u9fa5]{1,2}`;
// Recipients, kin and other private persons; 对象 covers every …对象 (供养对象, 优抚对象, 安置对象), and 军人/军属/烈属
// the 退役军人 and 优抚 wording (慰问参战退役军人马国强); 老人 only as 独居老人 and the like, the person a service is
// for (独居老人刘桂兰), since 周边老人 and 万名老人 are groups. Officials who sign for the form (项目负责人, 财务负责人,
// 法定代表人, 填报人, 联系人, 经办人…) are named on purpose in published tables and are not listed.
// A name is read only where something clearly ends it: punctuation, or a word that follows a beneficiary's name
// in these documents (学生李思雨因病休学, 村民孙桂英家庭, 困难职工王建国生活补助, 农户王德贵不同意占地, 参保人孙立新冒用,
// 养殖户如周光明对补偿有意见: 如/例如/比如 may stand between the role and the name, not 如何). 在 and 于 are left out: they follow
// ordinary nouns as often (农户田地在…). Patients, the dead and their kin, borrowers, tenants and petitioners are private
// persons as well (受检妇女冉秀英、, 白血病患儿唐梓萱。, 借款人石磊（, 信访人熊光辉（, 单亲母亲谢小琴及其女儿).
// Households named by the programme that serves them (危房改造户, 搬迁户, 监测户) and workers named by their trade
// (教师, 驾驶员, 环卫工人, 护林员, 网格员, 劳动者 of 职业病防治) are private persons too: a form reports their case, not
// their signature. A patient's name is often ended by the need or the illness itself (患儿黄梓涵急需…, 患者马国强病情复杂).
// 护工 inside 养护工程 / 维护工作 is no role.
// Members named by the body they belong to (社员 of a 供销社, 会员, 困难党员, 气象信息员) are private persons as well, and so
// are 归侨, 侨眷 and 侨属 named by the 侨务 programme that serves them (归侨陈阿生、侨眷林美珍).
// People a 救助管理站 takes in (滞留人员王小军、, 受助人员, 走失人员) are private persons as 流浪人员 are.
const ROLES = '名单|花名册|遗属|家属|配偶|子女|户主|申请人|受助人|救助对象|监护人|收款人|领款人|姓名|患者|学生|职工|受益人|受益对象|补助对象|补贴对象|资助对象|帮扶对象|慰问对象|村民|低保户|五保户|特困人员|困难户|脱贫户|贫困户|残疾人|当事人|对象|军人|军属|烈属|老兵|孤儿|农户|居民|学员|独居老人|空巢老人|孤寡老人|失能老人|留守儿童|困境儿童|儿童|受种者|投诉人|举报人|反映人|养殖户|种植户|经营户|承包户|个体户|参保人|投保人|被保险人|受援人|受助者|住户|租户|妇女|孕妇|产妇|孕产妇|患儿|病人|伤者|伤员|逝者|死者|已故人员|借款人|承租人|承租户|信访人|上访人|服刑人员|刑满释放人员|单亲母亲|母亲|父亲|妻子|丈夫|大户|流浪人员|乞讨人员|滞留人员|受助人员|走失人员|士兵|传承人|志愿者|改造户|搬迁户|拆迁户|安置户|受灾户|监测户|帮扶户|种粮户|教师|驾驶员|司机|工人|劳动者|护林员|网格员|保洁员|巡河员|护理员|护工(?![程作])|协管员|辅警|村医|家长|老中医|学徒|徒弟|社员|会员|党员|队员|信息员|归侨|侨眷|侨属|受益户|受助户|救助户|补助户|慰问户|结对户';
// 阿依古丽·买买提, 扎西·次仁: a minority name in two parts joined by a middle dot, read like NAME after a role word.
const DOTTED_NAME = '[\\u4e00-\\u9fa5]{2,4}[·•・][\\u4e00-\\u9fa5]{2,5}';
// Fraud a person is reported for (村会计邢德旺虚报冒领…): as private a circumstance as a disciplinary case.
const FRAUD = '虚报|冒领|骗取|套取|挪用|侵占|贪污|截留|私分|克扣';
// What follows a beneficiary's name where no punctuation ends it: the aid itself (…宋保山一次性解决医疗欠费, …获得, 就读) or
// the person's health (蔺德胜旧伤复发住院): words that do not go on an ordinary noun a role word stands before.
const AID_OR_HEALTH_AFTER = '一次性|获得|享受|办理|入住|就医|住院|治疗|康复|就业|就读|入学|返乡|旧伤|伤情|伤病|病重|重病|身患|罹患';
const ROLE_NAME = new RegExp(
  `(?:${ROLES})(?:如(?!何)|例如|比如)?[:：\\s（(]*(${DOTTED_NAME}|${NAME})(?=$|[（(，,、；;。:：\\s)）]|之|同志|先生|女士|等|每|的|系|为|因|家庭|家中|家里|家人|一家|夫妇|同学|本人|生活|补助|补贴|救助|申请|领取|患|去世|病故|不|未|拒|已|家住|反映|投诉|对|向|冒|被|将|私自|擅自|多次|长期|仍|及其|急需|病情|确诊|${AID_OR_HEALTH_AFTER}|${FRAUD}|户(?![籍口数型外内]))`,
  'g',
);
// A signatory is named on purpose, but not their health: 企业负责人孙丽娟因病停止运营 reports a private circumstance of
// a person (often of another unit, not the form's own signatory), which the 负责人 exemption above does not cover.
const HEALTH_AFTER = '因病|患病|患有|病故|病逝|去世|离世|住院';
const OFFICIAL_HEALTH = new RegExp(`(?:负责人|法定代表人|法人代表|经理|店主|老板|厂长)[:：\\s]*(${NAME})(?=${HEALTH_AFTER})`, 'g');
// A staff member named with a disciplinary or criminal case (值班编辑周海峰被给予政务记过处分, 教务处干部吴国栋违规报销…):
// the case is a private circumstance of the person, whatever their post; 个别工作人员 and 1名责任人 name no one.
const DISCIPLINE = '违规|违纪|违法|处分|问责|诫勉|涉嫌|立案|留置|开除|辞退|免职|撤职';
const STAFF_POSTS = '经办人员|经办人|审核人员|书记|支书|干部|工作人员|职员|员工|科员|办事员|编辑|记者|主播|会计|出纳|民警|医生|护士|教师|科长|股长|所长|站长|馆长|队长|处长|局长|主任|经理|文员|值班员|管理员|专干|联络员';
const STAFF_CASE = new RegExp(
  `(?:${STAFF_POSTS})[:：\\s]*(${NAME})(?=(?:因[^，,。；;]{0,12})?(?:被(?:给予|处以|处分|立案|留置|开除|辞退|免职|撤职|问责|诫勉|通报(?!表扬|嘉奖)|追究)|受到[^，,。；;]{0,8}处分|违规|违纪|违法|涉嫌|${FRAUD}|[^。；;]{0,30}?对其[^。；;]{0,4}(?:${DISCIPLINE}|通报批评|警告|记过)))`,
  'g',
);
// A person described by sex (黄秀兰，女，82岁): how case files and recipient lists introduce a private person.
const NAME_SEX = new RegExp(`(${NAME})[，,]\\s*[男女][，,、；;]`, 'g');
// 王老师休产假, 李医生: a person named by surname and a form of address, where the surname stands alone (at the
// start, after punctuation, or after a word for the person's post). 班主任老师, 课程老师 and 担任老师 are no one.
const TITLE_NAME = new RegExp(`(?:^|[\\s，,。；;、：:（(“"]|班主任|辅导员|校长|主任|家长|由|请|与|和|及)([${SURNAMES}])(?:老师|医生|大夫|护士|师傅|阿姨|大爷|大妈|同学)`, 'g');
// Card and record numbers, which only a person has: 银行卡号, a bank's card named short (农行卡, 建行卡号), 社保卡号, 住院号,
// 病历号, 学籍号…; and 账号/账户
// where the text says it is a person's (受助人银行账户, 户主账号): a unit's 开户账号 or 零余额账户 is published on purpose.
const LABELLED_NUMBER = /(银行卡号?|(?:[农工建中交招邮兴浦]行|农商行|信用社)卡号?|卡号|存折号?|一卡通|社保卡号?|医保卡号?|住院号|病历号|病案号|门诊号|学籍号|学号|护照号码?|驾驶证号|账号|账户)[^0-9\n。；;]{0,6}?((?:\d[\s-]?){6,22}\d)(?![0-9])/g;
const ACCOUNT_LABEL = /^(?:账号|账户)$/;
const PERSON_ACCOUNT = /受助人|受益人|收款人|领款人|申请人|户主|个人|本人|农户|群众|家庭|职工|学生|患者|对象/;
const UNIT_ACCOUNT = /单位|开户|基本户|零余额|对公|专户|财政/;
// 打入户主赵德明6217 0031 2000 1234 567账户: the label may follow the number; whose it is, the words before say.
const NUMBER_THEN_ACCOUNT = /(?<![0-9A-Za-z])((?:\d[\s-]?){11,22}\d)(?=\s*(?:银行卡|银行账户|银行账号|账户|账号|卡号|存折))/g;
// 项目编码620102…: a code that happens to start like a card.
const CODE_BEFORE = /编码|编号|代码|文号|批次号|合同号/;
// A bank card written without a label: 16–19 digits (UnionPay 62…) that pass the Luhn check.
const CARD = /(?<![0-9A-Za-z])62(?:\d[\s]?){14,17}\d(?![0-9])/g;
// 3栋2单元502室, 5号楼1单元301, 城南村4组15号: a home address down to the door.
const HOME_ADDRESS = /\d+\s*(?:栋|幢|号楼|座)\s*\d+\s*单元(?:\s*\d+\s*(?:室|号)?)?|\d+\s*单元\s*\d+\s*(?:室|号)|\d+\s*(?:栋|幢|号楼)\s*\d+\s*室|村\s*(?:\d+|[一二三四五六七八九十]{1,3})\s*(?:组|社)\s*\d+\s*号/g;
const ADDRESS_GATE = /单元|[\d一二三四五六七八九十]\s*[室组社]|[栋幢]\s*\d/;
// Who signs or answers for the form (联系人：王老师): named on purpose. A 班主任 or 校长 before 王老师 is not one.
const SIGNATORY_BEFORE = /(?:负责人|联系人|经办人|填报人|填表人|审核人|审批人|法定代表人|法人代表)[:：\s]*$/;
const OFFICIAL_BEFORE = /(?:负责人|联系人|经办人|填报人|填表人|审核人|审批人|法定代表人|法人代表|领导|局长|主任|科长|股长|书记)[:：\s]*$/;
// 老人 is left out: 周边老人, 万名老人 and 江北区老人 are groups and places, not people.
const NAME_KIN = new RegExp(`(${NAME})(?=之(?:子|女|妻|夫|父|母|孙|遗属)|同志|先生|女士)`, 'g');
// A full name before a form of address or post (周红梅老师, 何丽萍主任) is a person as much as 王老师 is; only a
// three-character one, so the end of a post (班主任刘老师) is not read as a name.
const NAME_TITLE = new RegExp(`(${NAME})(?=老师|医生|大夫|护士|主任)`, 'g');
// A model or historic figure held up to the public (向张桂梅同志学习, 刘伯承同志纪念馆, 纪念李白诞辰): named on purpose.
const HONOUR_BEFORE = /(?:向|学习|纪念|缅怀|追忆|弘扬|传承|致敬)$/;
const HONOUR_AFTER = /^(?:同志|先生|烈士|女士)?(?:纪念馆|纪念碑|纪念|故居|旧居|陵园|墓|铜像|塑像|雕像|诞辰|逝世|精神|事迹|生平|学习|思想|文化)/;
// Names listed together where a list of people stands (（含张德福、刘桂香两户）, 名单如王桂芝、刘德顺等), and a register of
// names each with an amount (赵大海 12.5亩，钱小红 8亩): a pasted beneficiary list. Both entries must read as full
// names; a last character that names a place or a thing (杨梅园, 李子树, 王家坝) is no person.
const NAME_LIST = new RegExp(`(?:含|包括|其中|如|即|[：:（(])\\s*(${NAME})、(${NAME})(?=[、，,；;。）)\\s]|等|[两二三四五六七八九十\\d]+\\s*[户人名位])`, 'g');
// Three full names in a row (聘用防疫员张德明、王福生、李春林负责…, 由周晓梅、黄志强、谢丽娟负责): a list of people whatever
// introduces it; each must read as a name, as in NAME_LIST.
const NAME3 = `([${SURNAMES}][\\u4e00-\\u9fa5]{2})`;
const NAME_TRIPLE = new RegExp(`${NAME3}、${NAME3}、${NAME3}`, 'g');
const NAME_AMOUNTS = new RegExp(`(?:^|[：:，,；;、\\s])(${NAME})户?\\s*\\d+(?:\\.\\d+)?\\s*(?:亩|万?元|斤|公斤|头|只|口|平方米)[，,；;、\\s]+(${NAME})户?\\s*\\d`, 'g');
// A register pasted as text under a header with a name column (序号 户主姓名 家庭人口 / 1 张德全 4 3000): each numbered
// row that opens with a name between blanks names a person. Read only where such a header stands.
const NAME_COLUMN = /姓名|户主|名单|花名册/;
const NAME_ROW = new RegExp(`(?:^|[\\n；;：:])\\s*\\d{1,3}[\\s.．、]+(${NAME})(?=[\\s，,；;]|$)`, 'g');
const THING_END = /[园村镇乡街路湾坝沟山河湖桥寺庙馆楼堂厂场站所区县市省港岛江树林花果茶米菜瓜梨桃柑橘草苗木子]$/;
const NOT_PEOPLE_AFTER = /^.{0,6}?(?:品牌|企业|公司|集团|商标|诗人|名人|先贤|英雄|烈士|伟人|作品|故居)/;
const LIST_GATE = /、|\d\s*万?[亩元斤头只口]/;
// 渝A·5G7M2, 川B12345: a vehicle's plate names its owner; a unit's car (公务用车, 执法车) is published on purpose.
const PLATE = /[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-HJ-NP-Z][·•・\s]?(?=[A-HJ-NP-Z0-9]{0,5}\d)[A-HJ-NP-Z0-9]{5,6}(?![A-Za-z0-9])/g;
const UNIT_VEHICLE = /公务|公车|单位|执法|警|消防|救护|工程车|校车|公交/;
// Ordinary words that begin with a surname character and can follow a role word (职工周转房的, 学生任务为).
const NOT_A_NAME = /^(曾任|任课|任职|周转|周边|周期|周末|周岁|周年|万名|万余|万人|任务|任期|严格|严禁|严重|曾经|陆续|范围|付款|付费|林区|林业|程序|程度|余额|余量|黄金|江北|江南|杜绝|许可|顾问|钱款|夏季|龙头|蓝天|苗木|庄稼|焦点|殷切|舒适|涂料|柴油|尤其|祝贺|董事|罗列|郑重|陈列|陈旧|段落|毛细|雷电|钟点|颜色|何时|何地|何处|何种|何以|何况|何须|何必|何等)/;

/** GB 11643 check digit. */
export function validIdCard(id: string): boolean {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(id[i]) * weights[i]!;
  return '10X98765432'[sum % 11] === id[17]!.toUpperCase();
}

export interface PrivateHit { kind: 'id_card' | 'mobile' | 'landline' | 'name' | 'account' | 'address' | 'plate'; text: string }

// Cheap gates: most text has no long digit run and no person-role word, and skips the costly patterns.
const DIGIT_RUN = /\d{7}|\d{4}[\s-]\d{4}/;
const NAME_GATE = new RegExp(`${ROLES}|${HEALTH_AFTER}|${DISCIPLINE}|${FRAUD}|之[子女妻夫父母孙遗]|同志|先生|女士|[，,]\\s*[男女][，,、；;]|老师|医生|大夫|护士|师傅|阿姨|大爷|大妈|同学|主任`);

/**
 * Personal data in one text: ID-card numbers (checksum valid), mobile numbers, a person's card, account and record numbers,
 * home addresses down to the door, private persons named beside a role, kin word or form of address, and their landlines.
 */
export function findPrivateData(text: string): PrivateHit[] {
  const hits: PrivateHit[] = [];
  const digits = DIGIT_RUN.test(text);
  const names = NAME_GATE.test(text);
  const address = ADDRESS_GATE.test(text);
  const list = LIST_GATE.test(text);
  const plate = PLATE_GATE.test(text);
  if (!digits && !names && !address && !list && !plate) return hits;
  if (plate) collectPlates(text, hits);
  if (digits) collectDigits(text, hits);
  if (address) for (const m of text.matchAll(HOME_ADDRESS)) hits.push({ kind: 'address', text: m[0] });
  let named = false;
  if (names) {
    for (const m of text.matchAll(ROLE_NAME)) {
      if (!isName(m[1]!) || placeBeforeAid(m[1]!, text, m.index + m[0].length)) continue;
      hits.push({ kind: 'name', text: m[1]! });
      named = true;
    }
    for (const m of text.matchAll(STAFF_CASE)) {
      const at = m.index + m[0].length - m[1]!.length;
      if (!isName(m[1]!) || hits.some((h) => h.text === m[1]) || actsOnOthers(text, at, m[1]!)) continue;
      hits.push({ kind: 'name', text: m[1]! });
      named = true;
    }
    for (const m of text.matchAll(OFFICIAL_HEALTH)) {
      if (isName(m[1]!) && !hits.some((h) => h.text === m[1])) { hits.push({ kind: 'name', text: m[1]! }); named = true; }
    }
    for (const m of text.matchAll(NAME_SEX)) {
      if (!isName(m[1]!) || OFFICIAL_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
      hits.push({ kind: 'name', text: m[1]! });
      named = true;
    }
    for (const m of text.matchAll(TITLE_NAME)) {
      const at = m.index + m[0].length - 3;
      if (SIGNATORY_BEFORE.test(text.slice(Math.max(0, at - 12), at))) continue;
      hits.push({ kind: 'name', text: text.slice(at, at + 3) });
      named = true;
    }
    for (const m of text.matchAll(NAME_TITLE)) {
      if (!listedName(m[1]!) || OFFICIAL_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index)) || honoured(text, m.index, m[1]!.length)) continue;
      if (!hits.some((h) => h.text === m[1])) hits.push({ kind: 'name', text: m[1]! });
      named = true;
    }
    for (const m of text.matchAll(NAME_KIN)) {
      if (!isName(m[1]!) || OFFICIAL_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index)) || honoured(text, m.index, m[1]!.length)) continue;
      if (!hits.some((h) => h.text === m[1])) hits.push({ kind: 'name', text: m[1]! });
      named = true;
    }
  }
  if (NAME_COLUMN.test(text)) {
    for (const m of text.matchAll(NAME_ROW)) {
      if (!isName(m[1]!) || THING_END.test(m[1]!) || hits.some((h) => h.text === m[1])) continue;
      hits.push({ kind: 'name', text: m[1]! });
      named = true;
    }
  }
  if (list) {
    for (const re of [NAME_LIST, NAME_AMOUNTS, NAME_TRIPLE]) {
      for (const m of text.matchAll(re)) {
        const listed = m[3] !== undefined ? listedTriple([m[1]!, m[2]!, m[3]], text.slice(m.index + m[0].length, m.index + m[0].length + 6)) : listedName(m[1]!) && listedName(m[2]!);
        if (!listed || NOT_PEOPLE_AFTER.test(text.slice(m.index + m[0].length))) continue;
        if (!hits.some((h) => h.text === m[1])) hits.push({ kind: 'name', text: m[1]! });
        named = true;
      }
    }
  }
  // An office or service line (监督电话, 联系电话 of a unit) is published on purpose; only a private person's is personal data.
  return named ? hits : hits.filter((h) => h.kind !== 'landline');
}

// 学生苏州就读, 脱贫户林场就业, 居民陆家嘴就业: before 就读/就业/获得…, a place (a city 州, a 场 or 地, a 嘴) stands where the
// aid's name would; names ending so are rare (田, 村, 镇 are not: 张玉田, 李树田), and the aid words alone are weaker evidence than 家庭/申请/领取.
const AID_AFTER = new RegExp(`^(?:${AID_OR_HEALTH_AFTER})`);
const PLACE_LIKE = /[州省市县场地嘴]$/;

function placeBeforeAid(name: string, text: string, end: number): boolean {
  return PLACE_LIKE.test(name) && AID_AFTER.test(text.slice(end, end + 3));
}

// 镇纪委书记王建国约谈相关经办人员并对其进行诫勉谈话, 主任刘洋牵头整改，对其所在科室通报批评: the one named leads the action; the
// 对其 that follows is someone else. A case stated right after the name (被给予…, 违规, 虚报) still names that person.
const IMMEDIATE_CASE = new RegExp(`^(?:因[^，,。；;]{0,12})?(?:被|受到|违规|违纪|违法|涉嫌|${FRAUD})`);
// Leading others, not one's own duty (负责, 组织 say what the person did wrong as often as not).
const ACTING = /约谈|牵头|带队|督促|责令|主持|部署|指导|会同|联合|召集/;

function actsOnOthers(text: string, at: number, name: string): boolean {
  if (IMMEDIATE_CASE.test(text.slice(at + name.length, at + name.length + 16))) return false;
  // From the name on (刘洋牵头 reads 牵头 even where the name took its first character) up to 对其.
  const rest = text.slice(at, at + name.length + 34);
  const upTo = rest.indexOf('对其');
  return upTo > 0 && ACTING.test(rest.slice(0, upTo));
}

// 孙家村, 陈家湾, 王家坝: a place named after a clan, not a person (王家豪 still is a name).
const CLAN_PLACE = /^.家[村湾坝沟寨岭庄镇街路巷园苑桥坡垭坪塘院屯堡铺场岗]/;

function honoured(text: string, at: number, length: number): boolean {
  return HONOUR_BEFORE.test(text.slice(Math.max(0, at - 2), at)) || HONOUR_AFTER.test(text.slice(at + length, at + length + 7));
}

function listedName(s: string): boolean {
  return s.length === 3 && isName(s) && !THING_END.test(s);
}

// 山, 江, 林 and 花 end places and plants and many given names alike (李春林, 王建山, 黄桂花); beside two plain names in a
// list of three, or where the list is counted in people (…三名兽医, …3人), they end a name.
const GIVEN_NAME_END = /[山江林花]$/;
const PEOPLE_COUNT_AFTER = /^等?\s*[\d两二三四五六七八九十]+\s*[名位人]/;

function listedTriple(names: readonly string[], after: string): boolean {
  const plain = names.filter(listedName).length;
  if (!names.every(isName) || plain === 0 || !names.every((n) => listedName(n) || GIVEN_NAME_END.test(n))) return false;
  return plain >= 2 || PEOPLE_COUNT_AFTER.test(after);
}

const PLATE_GATE = /[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-HJ-NP-Z]/;

function collectPlates(text: string, hits: PrivateHit[]): void {
  for (const m of text.matchAll(PLATE)) {
    if (!UNIT_VEHICLE.test(text.slice(Math.max(0, m.index - 8), m.index))) hits.push({ kind: 'plate', text: m[0] });
  }
}

// 李某 / 张某某 are already redacted.
function isName(s: string): boolean {
  return !s.includes('某') && !NOT_A_NAME.test(s) && !CLAN_PLACE.test(s);
}

// 区商务委流通科023-…, 区平安建设办公室值班电话023-…: an office's line stays out of a text that names a person as well.
const OFFICE_LINE_BEFORE = /(?:科|局|委|中心|办公室|办|站|所|队|热线|服务台|(?:值班|监督|咨询|投诉|服务|举报)电话)[:：\s]*(?:电话|座机)?[:：\s]*$/;

function collectDigits(text: string, hits: PrivateHit[]): void {
  for (const m of text.matchAll(ID_CARD)) if (validIdCard(m[0])) hits.push({ kind: 'id_card', text: m[0] });
  for (const m of text.matchAll(LABELLED_ID)) if (!hits.some((h) => h.text === m[1])) hits.push({ kind: 'id_card', text: m[1]! });
  for (const m of text.matchAll(GROUPED_ID)) {
    const id = m[0].replace(/[\s-]/g, '');
    if (validIdCard(id) || ID_LABEL_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index))) hits.push({ kind: 'id_card', text: id });
  }
  for (const m of text.matchAll(MOBILE)) {
    if (AMOUNT_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4)) || CODE_LABEL_BEFORE.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
    hits.push({ kind: 'mobile', text: m[0] });
  }
  for (const m of text.matchAll(LANDLINE)) {
    if (!OFFICE_LINE_BEFORE.test(text.slice(Math.max(0, m.index - 10), m.index))) hits.push({ kind: 'landline', text: m[0] });
  }
  for (const m of text.matchAll(LABELLED_NUMBER)) {
    const before = text.slice(Math.max(0, m.index - 12), m.index + m[1]!.length);
    if (UNIT_ACCOUNT.test(before) || (ACCOUNT_LABEL.test(m[1]!) && !PERSON_ACCOUNT.test(before))) continue;
    const n = m[2]!.replace(/[\s-]/g, '');
    if (!hits.some((h) => h.text.replace(/[\s-]/g, '') === n)) hits.push({ kind: 'account', text: n });
  }
  if (text.includes('账') || text.includes('卡') || text.includes('存折')) for (const m of text.matchAll(NUMBER_THEN_ACCOUNT)) {
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    if (!PERSON_ACCOUNT.test(before) || UNIT_ACCOUNT.test(before) || CODE_BEFORE.test(before)) continue;
    const n = m[1]!.replace(/[\s-]/g, '');
    if (!hits.some((h) => h.text.replace(/[\s-]/g, '') === n)) hits.push({ kind: 'account', text: n });
  }
  for (const m of text.matchAll(CARD)) {
    const n = m[0].replace(/\s/g, '');
    if (n.length < 16 || n.length > 19 || !luhn(n) || hits.some((h) => h.text === n)) continue;
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    if (!UNIT_ACCOUNT.test(before) && !CODE_BEFORE.test(before)) hits.push({ kind: 'account', text: n });
  }
}

/** The Luhn check digit every bank card number carries. */
export function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = digits.length - 1, k = 0; i >= 0; i--, k++) {
    let d = digits.charCodeAt(i) - 48;
    if (k % 2 === 1) { d *= 2; if (d > 9) d -= 9; }
    sum += d;
  }
  return sum % 10 === 0;
}

const KIND_LABEL: Record<PrivateHit['kind'], string> = {
  id_card: '身份证号', mobile: '手机号码', landline: '电话号码', name: '个人姓名', account: '卡号、账号或病历号等个人编号', address: '家庭住址', plate: '车牌号',
};

function mask(hit: PrivateHit): string {
  if (hit.kind === 'name') return hit.text[0] + '*'.repeat(hit.text.length - 1);
  const t = hit.text;
  return t.length <= 7 ? `${t.slice(0, 2)}****` : `${t.slice(0, 3)}****${t.slice(-4)}`;
}

const FIELD_LABELS: Record<string, string> = {
  org: '单位名称', department: '主管部门', project_name: '项目名称', overview: '项目概况', basis: '立项依据', goal: '绩效目标',
  goal_outcome: '目标完成情况', conclusion: '评价结论', problems: '存在问题', improvements: '改进措施', 'budget.reason': '预算执行原因',
  name: '指标名称', description: '指标解释', target: '指标值', method: '评分说明', actual: '完成值', reason: '未完成原因',
};

type Field = { field: string; row: number | null; text: string; label: string };

function textFields(form: Form): Field[] {
  const out: Field[] = [];
  const add = (field: string, text: string | null | undefined, row: number | null = null, label = FIELD_LABELS[field] ?? field) => {
    if (text && text.length >= 2) out.push({ field, row, text, label });
  };
  const f = form as Record<string, unknown>;
  for (const key of ['org', 'department', 'project_name', 'overview', 'basis', 'goal', 'goal_outcome', 'conclusion', 'problems', 'improvements']) {
    if (typeof f[key] === 'string') add(key, f[key] as string);
  }
  if (form.kind === 'project_self_evaluation' && form.budget) add('budget.reason', form.budget.reason);
  if (form.kind === 'department_target') {
    form.tasks.forEach((t, k) => { add(`tasks[${k}].name`, t.name, null, `年度主要任务${k + 1}名称`); add(`tasks[${k}].content`, t.content, null, `年度主要任务${k + 1}内容`); });
    form.sub_goals.forEach((t, k) => add(`sub_goals[${k}].text`, `${t.title}\n${t.text}`, null, `分项绩效目标${k + 1}`));
    form.measures.forEach((t, k) => add(`measures[${k}].text`, `${t.title}\n${t.text}`, null, `工作保障措施${k + 1}`));
  }
  form.indicators.forEach((ind, r) => {
    add('name', ind.name, r);
    add('description', ind.description, r);
    add('target', ind.target, r);
    add('basis', ind.basis, r, '指标值确定依据');
    add('method', ind.method, r);
    add('actual', ind.actual, r);
    add('reason', ind.reason, r);
  });
  return out;
}

/** private_data: personal data in any text field of a form that will be published. */
export function checkPrivateData(ctx: FormContext): void {
  if (!ctx.publishing) return;
  const fields = textFields(ctx.form);
  const perField = new Map<Field, PrivateHit[]>();
  const names = new Set<string>();
  for (const fd of fields) {
    const hits = findPrivateData(fd.text);
    if (hits.length) perField.set(fd, hits);
    for (const h of hits) if (h.kind === 'name') names.add(h.text);
  }
  // A person named once (遗属戴明) is personal data wherever the form names them again (发放戴明生活困难补助).
  if (names.size) {
    for (const fd of fields) {
      for (const n of names) {
        if (fd.text.includes(n)) {
          const hits = perField.get(fd) ?? [];
          if (!hits.some((h) => h.kind === 'name' && h.text === n)) hits.push({ kind: 'name', text: n });
          perField.set(fd, hits);
        }
      }
    }
  }
  for (const fd of fields) {
    const hits = perField.get(fd);
    if (!hits) continue;
    const what = hits.map((h) => `${KIND_LABEL[h.kind]}「${mask(h)}」`).join('、');
    const ind = fd.row != null ? ctx.form.indicators[fd.row]! : null;
    const where = ind ? `${rowPlace(ctx, fd.row!, ind)}的${fd.label}` : `${formPlace(ctx)}的${fd.label}`;
    push(ctx, 'private_data', fd.row, fd.field, `${where}含有${what}，本表将公开；请删除或脱敏（如只写姓氏「${hits[0]!.kind === 'name' ? hits[0]!.text[0] + '某' : '***'}」）后再公开。`);
  }
}
