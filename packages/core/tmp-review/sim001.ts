import fs from 'node:fs';
import { formSchema, deriveTarget, reviewForms } from '../src/index';
const txt = fs.readFileSync('/work/shared/seeds/001_c08962188973ce9f.txt', 'utf8');
const lines = txt.split('\n').map((l) => l.replace(/^\t/, '').trim());
const forms: unknown[] = [];
let cur: any = null;
for (let i = 0; i < lines.length; i++) {
  const l = lines[i]!;
  if (l === '部门整体绩效目标表') { cur = { kind: 'department_target', indicators: [] }; forms.push(cur); }
  if (l === '部门专项绩效目标申报表') { cur = { kind: 'project_target', fiscal_year: 2024, indicators: [] }; forms.push(cur); }
  if (!cur) continue;
  if (l === '专项资金名称') cur.project_name = lines[i + 1];
  if (l === '当年绩效目标' || l === '当年整体绩效目标') cur.goal = lines[i + 1];
  if (l === '项目概况') cur.overview = lines[i + 1];
  if (l === '2024年预算') cur.budget_total_wan = Number(lines[i + 1]);
  if (l === '区级支出') cur.budget_district_wan = Number(lines[i + 1]);
  if (l === '补助街镇') cur.budget_subsidy_towns_wan = Number(lines[i + 1]);
  const m = /^(.+?)(?:-(.+?))?（(.+)）$/.exec(l);
  if (m && /^\d+$/.test(lines[i + 1] ?? '') && lines[i - 1] === '') {
    const d = deriveTarget({ nature: lines[i + 3], value: lines[i + 4], unit: lines[i + 2] });
    cur.indicators.push({ level1: m[1], level2: m[2] ?? null, name: m[3], weight: Number(lines[i + 1]), ...d });
  }
}
const parsed = forms.map((f) => formSchema.parse(f));
fs.writeFileSync('/tmp/rv/001.json', JSON.stringify({ format: 'jixiao.forms/v1', source: '001_c08962188973ce9f.txt', forms: parsed, warnings: [] }, null, 1));
const out = reviewForms(parsed, { frameworkFromYear: true });
for (const x of out) console.log(x.form, x.row, x.code, x.message);
