import { describe, expect, it } from 'vitest';
import { encodeText, wrapMht } from '../import/testing/encode-text';
import { mailAttachments, mhtToHtml } from './read-mht';
import { readSource } from './read-source';
import { docxWithBody } from './testing/ooxml-fixtures';

const PAGE = '<html><body><p>2025年项目支出绩效目标表</p><table><tr><td>三级指标</td><td>指标值</td></tr><tr><td>培训人次</td><td>≥1,200人次</td></tr></table></body></html>';

function mime(part: string, encoding: string, charset: string): Uint8Array {
  return encodeText(['MIME-Version: 1.0', 'Content-Type: multipart/related; boundary=B1', '', '--B1', 'Content-Type: text/xml', '', '<xml/>', '--B1', `Content-Transfer-Encoding: ${encoding}`, `Content-Type: text/html; charset="${charset}"`, '', part, '--B1--', ''].join('\r\n'), 'utf-8');
}

describe('mhtToHtml', () => {
  it.each([
    ['quoted-printable GB2312 with soft line breaks (Word 单个文件网页)', wrapMht(encodeText(PAGE, 'gbk'), 'gb2312')],
    ['base64 UTF-8, the HTML part after another part', mime(btoa(String.fromCharCode(...new TextEncoder().encode(PAGE))).replace(/(.{76})/g, '$1\r\n'), 'base64', 'utf-8')],
    ['8bit UTF-8 with no charset it can use', mime(PAGE, '8bit', 'x-unknown')],
  ])('%s', (_name, bytes) => {
    expect(mhtToHtml(bytes)?.trimEnd()).toBe(PAGE);
  });

  it('joins the HTML parts of a workbook archive (a tab page, then one page per sheet)', () => {
    const bytes = encodeText(['MIME-Version: 1.0', 'Content-Type: multipart/related; boundary="B2"', '', '--B2', 'Content-Type: text/html; charset="utf-8"', '', '<frameset></frameset>', '--B2', 'Content-Type: text/html; charset="utf-8"', '', '<table><tr><td>表一</td></tr></table>', '--B2', 'Content-Type: text/html; charset="utf-8"', '', '<table><tr><td>表二</td></tr></table>', '--B2--'].join('\r\n'), 'utf-8');
    expect(mhtToHtml(bytes)).toBe('<frameset></frameset>\n<table><tr><td>表一</td></tr></table>\n<table><tr><td>表二</td></tr></table>');
  });

  it.each([
    ['the HTML of plain and HTML alternatives', ['Content-Type: multipart/alternative; boundary=A', '', '--A', 'Content-Type: text/plain; charset=utf-8', '', '纯文本', '--A', 'Content-Type: text/html; charset=utf-8', '', PAGE, '--A--'], PAGE],
    ['a forwarded mail attached whole (message/rfc822)', ['Content-Type: multipart/mixed; boundary=M', '', '--M', 'Content-Type: text/plain; charset=utf-8', '', '请查收。', '--M', 'Content-Type: message/rfc822', '', 'Subject: fw', 'Content-Type: text/html; charset=utf-8', '', PAGE, '--M--'], PAGE],
    ['the body, not a text file attached to it', ['Content-Type: multipart/mixed; boundary=M', '', '--M', 'Content-Type: text/html; charset=utf-8', '', PAGE, '--M', 'Content-Type: text/plain; charset=utf-8', 'Content-Disposition: attachment; filename="a.txt"', '', '附件', '--M--'], PAGE],
    ['a plain mail\'s text when it has no HTML', ['Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: 8bit', '', '项目名称：某项目'], '项目名称：某项目'],
  ])('an e-mail gives %s', (_name, lines, page) => {
    const bytes = encodeText(['From: a@example.cn', 'MIME-Version: 1.0', ...lines, ''].join('\r\n'), 'utf-8');
    expect(mhtToHtml(bytes)?.trimEnd()).toBe(page);
  });

  it('is null for text that is no MHT', () => {
    expect(mhtToHtml(new TextEncoder().encode(PAGE))).toBeNull();
  });

  it('reads an MHT named .doc as its page', async () => {
    const result = await readSource(wrapMht(encodeText(PAGE, 'gbk'), 'gb2312'), '导出.doc');
    expect(result.ok && result.source.blocks.find((b) => b.kind === 'table')).toMatchObject({ rows: [{ cells: [{ text: '三级指标' }, { text: '指标值' }] }, { cells: [{ text: '培训人次' }, { text: '≥1,200人次' }] }] });
  });

  it('reads a .docx whose body is an altChunk of HTML in its place', async () => {
    const bytes = docxWithBody('<w:p><w:r><w:t>前言</w:t></w:r></w:p><w:altChunk r:id="c1"/>', {
      'word/_rels/document.xml.rels': '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="c1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk" Target="afchunk.htm"/></Relationships>',
      'word/afchunk.htm': PAGE,
    });
    const result = await readSource(bytes, 'chunk.docx');
    expect(result.ok && result.source.blocks.map((b) => (b.kind === 'text' ? b.text : b.rows.length))).toEqual(['前言', '2025年项目支出绩效目标表', 2]);
  });
});

describe('mailAttachments', () => {
  const gb = (text: string) => btoa(String.fromCharCode(...encodeText(text, 'gbk')));
  const mail = (...parts: string[][]) => encodeText(['From: a@example.cn', 'MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary="M"', '',
    ...parts.flatMap((p) => ['--M', ...p]), '--M--', ''].join('\r\n'), 'utf-8');
  const body = ['Content-Type: multipart/alternative; boundary="A"', '', '--A', 'Content-Type: text/plain; charset=utf-8', '', '请查收附件。', '--A--'];

  it.each([
    ['an RFC 2231 name (filename*=UTF-8\'\'…)', ['Content-Type: application/octet-stream', 'Content-Transfer-Encoding: base64', "Content-Disposition: attachment;\r\n\tfilename*=UTF-8''%E7%9B%AE%E6%A0%87%E8%A1%A8.docx", '', btoa('PK..')], '目标表.docx'],
    ['a GB2312 encoded word', ['Content-Type: application/pdf;\r\n\tname="=?GB2312?B?' + gb('自评表.pdf') + '?="', 'Content-Transfer-Encoding: base64', 'Content-Disposition: attachment;\r\n\tfilename="=?GB2312?B?' + gb('自评表.pdf') + '?="', '', btoa('%PDF')], '自评表.pdf'],
    ['a name only on the content type', ['Content-Type: application/vnd.ms-excel; name="summary.xlsx"', 'Content-Transfer-Encoding: base64', '', btoa('PK..')], 'summary.xlsx'],
  ])('finds a file under %s', (_name, part, name) => {
    const found = mailAttachments(mail(body, part));
    expect(found.map((a) => a.name)).toEqual([name]);
    expect(found[0]!.bytes.length).toBe(4);
  });

  it('keeps the order of several files and leaves out the body and a page\'s inline image', () => {
    const a = ['Content-Type: application/pdf', 'Content-Transfer-Encoding: base64', 'Content-Disposition: attachment; filename="a.pdf"', '', btoa('%PDF-a')];
    const inline = ['Content-Type: image/png', 'Content-ID: <image001.png@01DB>', 'Content-Transfer-Encoding: base64', '', btoa('png')];
    const b = ['Content-Type: application/octet-stream', 'Content-Transfer-Encoding: base64', 'Content-Disposition: attachment; filename="b.docx"', '', btoa('PK-b')];
    expect(mailAttachments(mail(body, a, inline, b)).map((x) => [x.name, new TextDecoder().decode(x.bytes)])).toEqual([['a.pdf', '%PDF-a'], ['b.docx', 'PK-b']]);
  });

  it('is empty for a page with no files and for bytes that are no MIME', () => {
    expect(mailAttachments(wrapMht(encodeText(PAGE, 'gbk'), 'gb2312'))).toEqual([]);
    expect(mailAttachments(new TextEncoder().encode(PAGE))).toEqual([]);
  });
});
