import { existsSync, readFileSync } from 'node:fs';
import { create, type Font, type FontCollection } from 'fontkit';

export interface CjkFont {
  path: string;
  /** PostScript name inside a .ttc collection; null for a single-font file. */
  family: string | null;
  bytes: Uint8Array;
  font: Font;
}

/** Where Debian/Ubuntu packages put CJK fonts (fonts-noto-cjk, fonts-wqy-zenhei, fonts-arphic-uming). */
export const CJK_FONT_CANDIDATES = [
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc',
  '/usr/share/fonts/truetype/noto/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc',
  '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc',
  '/usr/share/fonts/truetype/arphic/uming.ttc',
];

export const NO_CJK_FONT_MESSAGE =
  '找不到中文字体，无法生成 PDF：请安装 fonts-noto-cjk（Debian/Ubuntu：apt-get install fonts-noto-cjk），或把环境变量 JIXIAO_CJK_FONT 设为一个含简体中文的 .ttf/.otf/.ttc 字体文件路径。';

const cache = new Map<string, CjkFont | null>();

/**
 * The first usable CJK font: JIXIAO_CJK_FONT, then the Debian paths. A collection picks
 * its Simplified Chinese face. Null when none is installed (callers report it).
 */
export function findCjkFont(env: Record<string, string | undefined> = process.env): CjkFont | null {
  const paths = [env.JIXIAO_CJK_FONT, ...CJK_FONT_CANDIDATES].filter((p): p is string => Boolean(p));
  for (const path of paths) {
    if (cache.has(path)) {
      const hit = cache.get(path);
      if (hit) return hit;
      continue;
    }
    const loaded = loadFont(path);
    cache.set(path, loaded);
    if (loaded) return loaded;
  }
  return null;
}

function loadFont(path: string): CjkFont | null {
  if (!existsSync(path)) return null;
  try {
    const bytes = new Uint8Array(readFileSync(path));
    const opened = create(bytes);
    const faces: Font[] = 'fonts' in opened ? (opened as FontCollection).fonts : [opened as Font];
    // Prefer the Simplified Chinese face of a collection (Noto: "...CJKsc-Regular").
    const face = faces.find((f) => /sc|SC|GB|Hans/.test(f.postscriptName ?? '') && f.hasGlyphForCodePoint(0x7ee9)) ??
      faces.find((f) => f.hasGlyphForCodePoint(0x7ee9));
    if (!face) return null;
    return { path, family: 'fonts' in opened ? face.postscriptName : null, bytes, font: face };
  } catch {
    return null;
  }
}
