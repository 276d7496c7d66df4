import { describe, expect, it } from 'vitest';
import { importText } from '../import/import-file';

// Layouts of corpus documents 782–785: a form's label block as a table above its title (a template's
// page header repeated on every page, or typed above the title) names the form's project and units.

const form = (above: string) => [
  above,
  '<h3>项目支出绩效自评表</h3>',
  '<table><tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>年度指标值</td><td>实际完成值</td></tr>',
  '<tr><td>产出指标</td><td>数量指标</td><td>维修泵站</td><td>≥12座</td><td>12座</td></tr></table>',
].join('\n');

describe('a table of label rows above the first form title', () => {
  it('gives the form its project, department and unit', () => {
    const above = '<table><tr><td>项目名称</td><td colspan="3">泵站维修养护</td></tr><tr><td>主管部门</td><td>某某县水利局</td><td>实施单位</td><td>某某县泵站管理所</td></tr></table>';
    const got = importText(form(above), 'a.html').forms[0] as unknown as Record<string, unknown>;
    expect([got.project_name, got.department, got.org]).toEqual(['泵站维修养护', '某某县水利局', '某某县泵站管理所']);
  });

  it('leaves a table above the title alone when it is not label pairs only (a statement of figures)', () => {
    const above = '<table><tr><td>项目名称</td><td>年初预算数</td><td>全年执行数</td></tr><tr><td>泵站维修养护</td><td>120.00</td><td>118.00</td></tr></table>';
    const got = importText(form(above), 'a.html').forms[0] as unknown as Record<string, unknown>;
    expect(got.project_name).toBeNull();
  });

  it('does not let the label block override what the form names itself', () => {
    const above = '<table><tr><td>项目名称</td><td>页眉里的旧项目</td></tr><tr><td>主管部门</td><td>某某县水利局</td></tr></table>';
    const own = form(above).replace('<table><tr><td>一级指标', '<table><tr><td>项目名称</td><td colspan="4">泵站维修养护</td></tr><tr><td>一级指标');
    const got = importText(own, 'a.html').forms[0] as unknown as Record<string, unknown>;
    expect(got.project_name).toBe('泵站维修养护');
  });
});
