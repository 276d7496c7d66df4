import { describe, expect, it } from 'vitest';
import { detectFormTitle, noticeTitleKind, orgFromTitle, projectNameFromTitle, unitNameLine } from './form-titles';

describe('projectNameFromTitle', () => {
  it.each([
    ['2024年度农村公路养护项目绩效目标表', '农村公路养护项目'],
    ['2024年度城乡居民医疗救助专项资金绩效目标表', '城乡居民医疗救助专项资金'],
    ['某某县水利局2025年小型水库维修养护项目支出绩效目标申报表', '小型水库维修养护项目'],
    ['“乡村振兴衔接补助资金”绩效自评表（2023年度）', '乡村振兴衔接补助资金'],
    ['项目支出绩效目标表', null],
    ['2024年度部门预算项目绩效目标表', null],
    ['中央对地方转移支付区域绩效目标申报表', null],
    ['部门整体支出绩效目标表', null],
    ['2024年度重点项目绩效目标表', null],
    ['表5 项目支出绩效目标表', null],
    ['附表2：2024年度乡村振兴衔接资金绩效自评表', '乡村振兴衔接资金'],
    ['政府性基金预算项目支出绩效目标表', null],
  ])('%s', (title, want) => {
    expect(projectNameFromTitle(title)).toBe(want);
  });
});

describe('detectFormTitle', () => {
  it.each([
    ['附表3：2024年度项目支出绩效自评表', 'project_self_evaluation'],
    ['2024年度部门预算项目绩效目标公开表', 'project_target'],
    ['2024年度项目支出绩效自评结果表', 'project_self_evaluation'],
    ['单位整体支出绩效目标表', 'department_target'],
    // A budget system's export of many forms' rows.
    ['某某县2025年项目支出绩效目标明细表', 'project_target'],
    // A finance bureau's 批复表 and a mid-year 调整表 hold the target form.
    ['2025年度项目支出绩效目标批复表', 'project_target'],
    ['某某区2025年项目支出绩效目标调整表', 'project_target'],
    ['2025年度项目支出绩效目标调整申请表', 'project_target'],
    ['2025年度部门预算项目绩效目标审核批复表', 'project_target'],
    ['2024年度项目支出绩效自评结果汇总表', 'project_self_evaluation'],
    // The same table going on after a page break opens no new form.
    ['项目支出绩效自评表（续表）', null],
    ['项目支出绩效目标表(续)', null],
    ['续表', null],
    // A title typed or scanned with spaces between its characters names the same form.
    ['黑 龙 江 省 某 某 县 项 目 支 出 绩 效 目 标 表', 'project_target'],
    ['部 门 整 体 支 出 绩 效 自 评 表', 'department_self_evaluation'],
    ['２０２５年 部门整体 绩效 目标表', 'department_target'],
  ])('%s → %s', (title, want) => {
    expect(detectFormTitle(title, false)).toBe(want);
  });

  it.each([
    ['某某市司法局2025年部门整体支出绩效目标', 'department_target'],
    ['2025年部门整体绩效目标', 'department_target'],
    ['一、分项绩效目标', null],
  ])('heading %s → %s', (title, want) => {
    expect(detectFormTitle(title, true)).toBe(want);
  });
});

describe('orgFromTitle', () => {
  it.each([
    ['江西省某某县教育体育局2025年部门整体支出绩效目标表', '江西省某某县教育体育局'],
    ['附件1：某市财政局二〇二五年部门整体绩效目标表', '某市财政局'],
    ['2025年部门整体支出绩效目标表', null],
    ['某某项目2025年绩效目标表', null],
    ['部门整体支出绩效目标表', null],
    // a unit's heading in a 部门预算绩效文本, no year: the name before 整体
    ['某某区职业技术教育中心整体绩效目标', '某某区职业技术教育中心'],
    ['某某县卫生健康局部门整体支出绩效目标表', '某某县卫生健康局'],
    ['部门整体绩效目标', null],
    ['单位整体绩效目标', null],
    ['第一部分部门整体绩效目标', null],
    ['所属单位整体绩效目标', null],
  ])('%s → %s', (title, want) => {
    expect(orgFromTitle(title)).toBe(want);
  });
});

describe('unitNameLine', () => {
  it.each([
    ['某某县卫生健康局', '某某县卫生健康局'],
    ['  某某县住房和城乡建设局　', '某某县住房和城乡建设局'],
    ['某某市第一人民医院', '某某市第一人民医院'],
    // Headings, captions and sentences that happen to end like a unit are no unit line.
    ['某某县财政局关于2025年县级部门整体支出绩效目标的公示', null],
    ['部门整体绩效目标', null],
    ['其中：财政拨款', null],
    ['二、部门职责', null],
    ['发布机构：某某县财政局', null],
    ['局', null],
  ])('%s', (line, want) => expect(unitNameLine(line)).toBe(want));
});

describe('noticeTitleKind', () => {
  it.each([
    ['某某市财政局关于公开2025年市级重点项目绩效目标的公告', 'project_target'],
    ['某某县财政局关于2025年县级部门整体支出绩效目标的公示', 'department_target'],
    ['关于2024年度项目支出绩效自评结果的公告', 'project_self_evaluation'],
    ['关于2024年度部门整体支出绩效自评情况的公示', 'department_self_evaluation'],
    // No notice, or a notice about something else: no kind.
    ['2025年项目支出绩效目标表', null],
    ['关于做好2025年预算绩效管理工作的通知', null],
    ['关于2025年绩效目标的公告', null],
    // A form generator's printout heads its tables so (申报, no 申报表); a task named in running text does not.
    ['2026年项目支出绩效目标申报', 'project_target'],
    ['2026年部门整体支出绩效目标申报', 'department_target'],
    ['做好2026年项目支出绩效目标申报', null],
  ])('%s', (line, want) => expect(noticeTitleKind(line)).toBe(want));
});
