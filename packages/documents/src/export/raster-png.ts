import { zlibSync } from 'fflate';
import type { Font } from 'fontkit';

export type Rgb = [number, number, number];

/**
 * A small RGB raster for report charts: filled rectangles and polygons (non-zero winding,
 * scanline), glyph outlines from a font, drawn at `scale`× and box-filtered down on encode
 * so edges are smooth. No native canvas is needed.
 */
export class Raster {
  readonly pixels: Uint8Array;
  readonly w: number;
  readonly h: number;

  constructor(readonly width: number, readonly height: number, readonly scale = 3, background: Rgb = [255, 255, 255]) {
    this.w = width * scale;
    this.h = height * scale;
    this.pixels = new Uint8Array(this.w * this.h * 3);
    for (let i = 0; i < this.w * this.h; i++) this.pixels.set(background, i * 3);
  }

  fillRect(x: number, y: number, width: number, height: number, color: Rgb): void {
    const s = this.scale;
    const x0 = Math.max(0, Math.round(x * s));
    const x1 = Math.min(this.w, Math.round((x + width) * s));
    const y0 = Math.max(0, Math.round(y * s));
    const y1 = Math.min(this.h, Math.round((y + height) * s));
    for (let py = y0; py < y1; py++) for (let px = x0; px < x1; px++) this.pixels.set(color, (py * this.w + px) * 3);
  }

  /** Fills closed polygons (in logical coordinates) together, non-zero winding rule. */
  fillPolygons(polygons: Array<Array<[number, number]>>, color: Rgb): void {
    const s = this.scale;
    const edges: Array<[number, number, number, number, number]> = [];
    let minY = Infinity;
    let maxY = -Infinity;
    for (const poly of polygons) {
      for (let i = 0; i < poly.length; i++) {
        const [ax, ay] = poly[i]!;
        const [bx, by] = poly[(i + 1) % poly.length]!;
        if (ay === by) continue;
        const dir = by > ay ? 1 : -1;
        const [x0, y0, x1, y1] = dir > 0 ? [ax, ay, bx, by] : [bx, by, ax, ay];
        edges.push([x0 * s, y0 * s, x1 * s, y1 * s, dir]);
        minY = Math.min(minY, y0 * s);
        maxY = Math.max(maxY, y1 * s);
      }
    }
    const start = Math.max(0, Math.floor(minY));
    const end = Math.min(this.h - 1, Math.ceil(maxY));
    for (let py = start; py <= end; py++) {
      const sy = py + 0.5;
      const hits: Array<[number, number]> = [];
      for (const [x0, y0, x1, y1, dir] of edges) {
        if (sy < y0 || sy >= y1) continue;
        hits.push([x0 + ((sy - y0) / (y1 - y0)) * (x1 - x0), dir]);
      }
      hits.sort((a, b) => a[0] - b[0]);
      let winding = 0;
      for (let k = 0; k < hits.length - 1; k++) {
        winding += hits[k]![1];
        if (winding === 0) continue;
        const from = Math.max(0, Math.ceil(hits[k]![0] - 0.5));
        const to = Math.min(this.w - 1, Math.floor(hits[k + 1]![0] - 0.5));
        for (let px = from; px <= to; px++) this.pixels.set(color, (py * this.w + px) * 3);
      }
    }
  }

  /** Draws `text` with its baseline at y; returns the advance width. */
  text(font: Font, text: string, x: number, y: number, size: number, color: Rgb): number {
    const unit = size / font.unitsPerEm;
    const run = font.layout(text);
    let pen = x;
    const polygons: Array<Array<[number, number]>> = [];
    run.glyphs.forEach((glyph, i) => {
      const pos = run.positions[i]!;
      polygons.push(...glyphPolygons(glyph.path.commands, pen + pos.xOffset * unit, y - pos.yOffset * unit, unit));
      pen += pos.xAdvance * unit;
    });
    if (polygons.length > 0) this.fillPolygons(polygons, color);
    return pen - x;
  }

  /** PNG of the raster at its logical size (box-filtered from the supersampled pixels). */
  toPng(): Uint8Array {
    const s = this.scale;
    const stride = this.width * 3 + 1;
    const raw = new Uint8Array(stride * this.height);
    for (let y = 0; y < this.height; y++) {
      raw[y * stride] = 0;
      for (let x = 0; x < this.width; x++) {
        for (let c = 0; c < 3; c++) {
          let sum = 0;
          for (let dy = 0; dy < s; dy++) for (let dx = 0; dx < s; dx++) sum += this.pixels[((y * s + dy) * this.w + x * s + dx) * 3 + c]!;
          raw[y * stride + 1 + x * 3 + c] = Math.round(sum / (s * s));
        }
      }
    }
    return encodePng(this.width, this.height, raw);
  }
}

export function textWidth(font: Font, text: string, size: number): number {
  const run = font.layout(text);
  return run.positions.reduce((w, p) => w + p.xAdvance, 0) * (size / font.unitsPerEm);
}

function glyphPolygons(commands: Array<{ command: string; args: number[] }>, ox: number, oy: number, unit: number): Array<Array<[number, number]>> {
  const polys: Array<Array<[number, number]>> = [];
  let current: Array<[number, number]> = [];
  let last: [number, number] = [0, 0];
  const pt = (x: number, y: number): [number, number] => [ox + x * unit, oy - y * unit];
  const STEPS = 6;
  for (const { command, args } of commands) {
    if (command === 'moveTo') {
      if (current.length > 2) polys.push(current);
      last = pt(args[0]!, args[1]!);
      current = [last];
    } else if (command === 'lineTo') {
      last = pt(args[0]!, args[1]!);
      current.push(last);
    } else if (command === 'quadraticCurveTo') {
      const [c, e] = [pt(args[0]!, args[1]!), pt(args[2]!, args[3]!)];
      for (let i = 1; i <= STEPS; i++) {
        const t = i / STEPS;
        const u = 1 - t;
        current.push([u * u * last[0] + 2 * u * t * c[0] + t * t * e[0], u * u * last[1] + 2 * u * t * c[1] + t * t * e[1]]);
      }
      last = e;
    } else if (command === 'bezierCurveTo') {
      const [c1, c2, e] = [pt(args[0]!, args[1]!), pt(args[2]!, args[3]!), pt(args[4]!, args[5]!)];
      for (let i = 1; i <= STEPS; i++) {
        const t = i / STEPS;
        const u = 1 - t;
        current.push([
          u * u * u * last[0] + 3 * u * u * t * c1[0] + 3 * u * t * t * c2[0] + t * t * t * e[0],
          u * u * u * last[1] + 3 * u * u * t * c1[1] + 3 * u * t * t * c2[1] + t * t * t * e[1],
        ]);
      }
      last = e;
    } else if (command === 'closePath') {
      if (current.length > 2) polys.push(current);
      current = [];
    }
  }
  if (current.length > 2) polys.push(current);
  return polys;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** PNG (8-bit RGB) from filtered scanlines (each row led by its filter byte). */
export function encodePng(width: number, height: number, filtered: Uint8Array): Uint8Array {
  const chunk = (type: string, data: Uint8Array): Uint8Array => {
    const out = new Uint8Array(12 + data.length);
    const view = new DataView(out.buffer);
    view.setUint32(0, data.length);
    for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
    out.set(data, 8);
    view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
    return out;
  };
  const header = new Uint8Array(13);
  const hv = new DataView(header.buffer);
  hv.setUint32(0, width);
  hv.setUint32(4, height);
  header.set([8, 2, 0, 0, 0], 8);
  const parts = [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', zlibSync(filtered, { level: 6 })), chunk('IEND', new Uint8Array(0))];
  const total = parts.reduce((n, p) => n + p.length, 0);
  const png = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    png.set(p, at);
    at += p.length;
  }
  return png;
}
