import { readFileSync, writeFileSync } from 'node:fs';
import { formSchema } from '@jixiao/core';
import { buildEvaluationReport } from '../../packages/documents/src/export/evaluation-report';
const forms = (JSON.parse(readFileSync('/work/shared/fixtures/truth/003.json', 'utf8')).forms as Array<Record<string, unknown>>).map(({ levels_uncertain: _d, ...f }) => formSchema.parse(f));
const dep = forms[0] as any;
const bytes = await buildEvaluationReport({ fiscal_year: 2024, department: { name: '某区委目标绩效管理办公室', overview: ['负责全区目标绩效管理工作。'], goal: '完成年度目标考核。' },
  funds: { income: [{ label: '财政拨款收入', amount_wan: 812.37 }, { label: '其他收入', amount_wan: 3.2 }], expenditure: [{ label: '基本支出', budget_wan: 700.1, executed_wan: 690.45 }, { label: '项目支出', budget_wan: 115.47, executed_wan: 101.9 }] },
  evaluation: { items: dep.indicators.filter((i: any) => i.weight != null).map((i: any) => ({ level1: i.level1, level2: i.level2, name: i.name, weight: i.weight, score: i.score })), total_score: dep.total_score },
  department_self_evaluation: dep, projects: forms.slice(1) as any, problems: ['预算编制的准确性有待提高。'], suggestions: ['加强预算编制培训。'] });
writeFileSync('/tmp/exp/report.docx', bytes);
