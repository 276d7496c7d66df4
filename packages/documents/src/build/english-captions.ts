/**
 * A bilingual city site prints some tables with English captions only (`Level-1 Indicator | Target |
 * Unit`, `Project Name | 跨境电商…`) over Chinese cells. Each caption is read as the Chinese caption
 * it stands for, so the header and label rules hold unchanged. Keys are the caption in lower case
 * with everything but letters and digits taken out (`Level-1 Indicator` → `level1indicator`); a
 * plural `s` is dropped before the lookup.
 */
const CAPTIONS: Record<string, string[]> = {
  一级指标: ['level1indicator', 'firstlevelindicator', 'primaryindicator', 'indicatorlevel1', 'level1'],
  二级指标: ['level2indicator', 'secondlevelindicator', 'secondaryindicator', 'indicatorlevel2', 'level2'],
  三级指标: ['level3indicator', 'thirdlevelindicator', 'tertiaryindicator', 'indicatorlevel3', 'level3'],
  指标名称: ['indicator', 'indicatorname', 'performanceindicatorname', 'metric', 'metricname'],
  绩效指标: ['performanceindicator'],
  指标值: ['target', 'targetvalue', 'indicatorvalue', 'annualtarget', 'annualtargetvalue', 'expectedvalue', 'plannedvalue'],
  计量单位: ['unit', 'unitofmeasurement', 'unitofmeasure', 'measurementunit'],
  权重: ['weight', 'weighting'],
  分值: ['scorevalue', 'fullscore', 'maximumscore', 'points'],
  指标性质: ['nature', 'indicatornature', 'direction', 'indicatordirection'],
  指标解释: ['description', 'indicatordescription', 'explanation', 'definition'],
  指标值确定依据: ['basis', 'basisfortarget', 'targetbasis'],
  实际完成值: ['actual', 'actualvalue', 'actualresult', 'actualcompletion', 'completedvalue', 'achievedvalue'],
  得分: ['score', 'selfevaluationscore', 'selfassessmentscore'],
  偏差原因: ['reasonfordeviation', 'deviationreason', 'causeofdeviation'],
  备注: ['remark', 'note', 'comment'],
  项目名称: ['projectname'],
  项目编码: ['projectcode', 'projectno', 'projectnumber'],
  主管部门: ['competentdepartment', 'competentauthority', 'supervisingdepartment', 'departmentincharge', 'governingdepartment'],
  实施单位: ['implementingunit', 'implementingagency', 'implementingorganization', 'implementingorganisation', 'implementer'],
  年度预算: ['annualbudget', 'budget', 'budgetamount', 'annualfunding'],
  部门名称: ['departmentname', 'departmentunitname', 'unitname', 'organizationname', 'organisationname'],
  部门预算总额: ['totaldepartmentalbudget', 'departmentalbudget', 'departmentbudget', 'totaldepartmentbudget', 'totalbudget'],
  总体绩效目标: ['overallperformancegoal', 'overallperformancetarget', 'overallperformanceobjective'],
  财政资金: ['fiscalfund', 'fiscalfunding', 'financialallocation', 'governmentfund'],
  其他资金: ['otherfund', 'otherfunding'],
  年度绩效目标: ['annualperformancegoal', 'annualperformancetarget', 'annualgoal', 'annualobjective', 'performancegoal', 'annualperformanceobjective'],
  总体目标: ['overallgoal', 'overallobjective'],
  年度总体目标: ['annualoverallgoal', 'overallannualgoal', 'annualoverallobjective'],
  实际完成情况: ['actualresult', 'actualperformance', 'completionstatus', 'actualcompletionstatus'],
  项目资金: ['projectfund', 'projectfunding'],
  年度资金总额: ['totalannualfund', 'annualfundstotal', 'annualtotalfund', 'totalfund'],
  年初预算数: ['initialbudget', 'budgetatbeginningofyear', 'beginningofyearbudget', 'initialannualbudget'],
  全年预算数: ['fullyearbudget', 'adjustedbudget', 'adjustedannualbudget'],
  全年执行数: ['fullyearexpenditure', 'actualexpenditure', 'fullyearexecution', 'executedamount'],
  执行率: ['executionrate', 'budgetexecutionrate', 'implementationrate'],
  总分: ['totalscore', 'overallscore'],
  项目概况: ['projectoverview', 'projectdescription', 'projectsummary'],
};

const LOOKUP = new Map<string, string>();
for (const [zh, keys] of Object.entries(CAPTIONS)) for (const k of keys) LOOKUP.set(k, zh);

/** The Chinese caption an English-only caption stands for, or null. */
export function englishCaption(label: string): string | null {
  if (!/^[A-Za-z][A-Za-z0-9 \-'’.&/]*$/.test(label)) return null;
  const key = label.toLowerCase().replace(/[^a-z0-9]/g, '');
  return LOOKUP.get(key) ?? LOOKUP.get(key.replace(/s$/, '')) ?? null;
}
