import type { ThemeConfig } from 'antd';

/**
 * The app's antd theme. antd's default text-on-tint colours (links, red 删除, tag text such as
 * «警告 N» gold on pale yellow) sit between 2.2:1 and 4.1:1, under the 4.5:1 WCAG AA asks of
 * small text; each colour here is the same hue one step darker, so the look stays and every
 * pair reaches 5:1 (figures in contrast-theme.test.ts).
 */
export const CONTRAST_THEME = {
  token: {
    colorPrimary: '#b71c1c',
    borderRadius: 4,
    colorLink: '#0958d9',
    colorLinkHover: '#1677ff',
    colorLinkActive: '#003eb3',
    colorError: '#cf1322',
    colorErrorText: '#cf1322',
    colorWarningText: '#975f00',
    colorSuccessText: '#237804',
  },
  components: {
    // Only the tags' text palette step (x7) and status colours: elsewhere gold and green stay as they are.
    Tag: {
      gold7: '#975f00',
      orange7: '#ad4e00',
      green7: '#237804',
      cyan7: '#006d75',
      colorSuccess: '#237804',
      colorWarning: '#975f00',
      colorError: '#cf1322',
    },
  },
} satisfies ThemeConfig;

/** The text/background pairs the theme is meant to keep at or above 4.5:1 (checked by the test). */
export const CONTRAST_PAIRS: ReadonlyArray<readonly [name: string, text: string, background: string]> = [
  ['链接', CONTRAST_THEME.token.colorLink, '#ffffff'],
  ['链接（灰底页面）', CONTRAST_THEME.token.colorLink, '#f5f5f5'],
  ['删除按钮 / 错误文字', CONTRAST_THEME.token.colorError, '#ffffff'],
  ['警告文字', CONTRAST_THEME.token.colorWarningText, '#ffffff'],
  ['成功文字（权重合计）', CONTRAST_THEME.token.colorSuccessText, '#ffffff'],
  ['金色标签（警告 N）', CONTRAST_THEME.components.Tag.gold7, '#fffbe6'],
  ['橙色标签（警告 / 人工）', CONTRAST_THEME.components.Tag.orange7, '#fff7e6'],
  ['绿色标签（无错误）', CONTRAST_THEME.components.Tag.green7, '#f6ffed'],
  ['青色标签', CONTRAST_THEME.components.Tag.cyan7, '#e6fffb'],
  ['红色标签', '#cf1322', '#fff1f0'],
];
