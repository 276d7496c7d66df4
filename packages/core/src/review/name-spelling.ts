/**
 * Spellings of a name that mean the same words: a page typed or exported in traditional characters (群眾滿意度, 資金撥付
 * 及時率) and slips clerks make that keep the meaning (满义度, 完层率, 复盖率, 及实率, 空气质量综合指标). Read once per
 * distinct name by classify-name.ts (nameCore, meantCore), whose facts are cached; nothing here runs per row.
 */

// Traditional forms of the characters indicator names are written in, each beside its simplified form. Only characters
// whose simplified form is unambiguous are listed (乾/幹 for 干 and 髮/發 for 发 split; 發 alone is kept as the common one).
const PAIRS =
  '眾众滿满資资撥拨時时驗验發发數数訓训養养護护質质務务項项標标準准達达蓋盖費费經经濟济環环產产農农業业醫医療疗衛卫設设備备維维運运輸输檢检測测監监節节約约補补貼贴獎奖勵励處处辦办結结單单價价總总額额實实際际規规範范計计劃划執执調调報报應应對对戶户個个場场會会議议員员績绩問问題题參参與与職职稅税審审機机災灾險险損损傷伤違违錯错誤误進进現现學学讀读書书長长門门區区縣县鄉乡鎮镇藥药種种獸兽殘残園园歲岁齡龄為为決决億亿萬万噸吨積积傳传廣广電电視视網网絡络線线綫线車车輛辆鐵铁橋桥綠绿況况難难幫帮貧贫壓压減减營营築筑樓楼層层術术藝艺體体賽赛遊游觀观覽览館馆識识認认證证許许類类級级糧粮儲储庫库倉仓統统徵征繳缴納纳優优態态狀状獲获遲迟關关閉闭開开啟启動动勞劳頻频條条隊队聯联係系紀纪錄录歸归檔档權权織织組组續续響响點点漁渔魚鱼豬猪雞鸡糞粪汙污氣气潔洁淨净廢废棄弃裝装專专濕湿滅灭邊边壩坝閘闸溝沟從从舊旧幣币導导師师談谈講讲訪访鬥斗彙汇匯汇擬拟錶表厲厉隱隐謀谋盜盗竊窃罰罚撲扑遞递郵邮礎础';

const TRADITIONAL = new Map<string, string>();
for (let i = 0; i + 1 < PAIRS.length; i += 2) {
  TRADITIONAL.set(PAIRS[i]!, PAIRS[i + 1]!);
}
const TRADITIONAL_CHAR = new RegExp(`[${[...TRADITIONAL.keys()].join('')}]`);
const TRADITIONAL_CHARS = new RegExp(TRADITIONAL_CHAR.source, 'g');

/** The name with its traditional characters read as simplified ones; the name itself when it has none. */
export function simplifiedName(name: string): string {
  return TRADITIONAL_CHAR.test(name) ? name.replace(TRADITIONAL_CHARS, (c) => TRADITIONAL.get(c)!) : name;
}

// Slips inside the name that keep its meaning: 满义度 (义 for 意), 完层率 (层 for 成), 及实率 (实 for 时), 复盖 (a variant of
// 覆盖), and an index named 指标 (空气质量综合指标, 生态环境状况指标: an indicator's name never ends on the word indicator).
const SLIP = /满义(?=度|率)|完层(?=率)|及实(?=率|性)|复盖(?=率|面)|(?<=综合|状况|污染|安全感|幸福感|价格)指标$/g;
const SLIP_TEST = new RegExp(SLIP.source);
const MEANT: Record<string, string> = { 满义: '满意', 完层: '完成', 及实: '及时', 复盖: '覆盖', 指标: '指数' };

/** The core with spelling slips that keep the meaning read as the words meant. */
export function meantSpelling(core: string): string {
  return SLIP_TEST.test(core) ? core.replace(SLIP, (w) => MEANT[w] ?? w) : core;
}
