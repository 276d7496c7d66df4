/**
 * A round seal (公章) printed over a form: its unit name set as a ring of glyphs each turned to face
 * the centre, a star in the middle. The turned glyphs fall anywhere in a table's cells; the ones
 * the ring turns almost upright (its top glyph) or sideways (its ends) and the star would read as
 * cell text, so the whole seal is taken out of the page's text.
 */

export type Matrix = [number, number, number, number, number, number];

/** A text run as pdf.js gives it, its transform already in shown-page coordinates (y down). */
export interface RawText {
  str: string;
  width: number;
  height: number;
  t: Matrix;
}

export function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[1] * n[2],
    m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2],
    m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4],
    m[4] * n[1] + m[5] * n[3] + n[5],
  ];
}

// Fewer turned glyphs than this make no ring (a rotated caption or two).
const RING_MIN = 5;
// A seal is 4–5 cm across: its glyphs sit at most this far apart from their neighbours on the ring.
const RING_LINK = 60;
const SEAL_MARK = /^[★☆⭐✪✩✭✮]$/u;

const isGlyphRun = (s: string) => { const n = [...s.trim()].length; return n >= 1 && n <= 2; };
const angleOf = (t: Matrix) => (Math.atan2(t[1], t[0]) * 180) / Math.PI;
const sizeOf = (t: Matrix) => Math.hypot(t[2], t[3]);
// Where the glyph's box centre is: half a size along the baseline and half up from it.
const centreOf = (r: RawText): [number, number] => {
  const s = sizeOf(r.t) || 1;
  const along: [number, number] = [r.t[0] / s, r.t[1] / s];
  // In shown coordinates (y down) the transform's second column is the glyph's up direction.
  const up: [number, number] = [r.t[2] / s, r.t[3] / s];
  return [r.t[4] + (along[0] * s) / 2 + (up[0] * s) / 2, r.t[5] + (along[1] * s) / 2 + (up[1] * s) / 2];
};

interface Ring { cx: number; cy: number; radius: number; size: number }

/**
 * The seals on a page: groups of turned glyphs (one or two to a run) (more than 5° off upright) lying on a circle,
 * their turns spread over at least a quarter turn (a rotated caption's glyphs all share one angle).
 */
export function sealRings(raws: RawText[]): Ring[] {
  // pdf.js may join a glyph with its neighbour on the ring (病预): a run of a few glyphs counts.
  const turned = raws.filter((r) => isGlyphRun(r.str) && Math.abs(angleOf(r.t)) > 5);
  const groups: RawText[][] = [];
  const seen = new Set<RawText>();
  for (const start of turned) {
    if (seen.has(start)) continue;
    const group = [start];
    seen.add(start);
    for (let k = 0; k < group.length; k++) {
      const [x, y] = centreOf(group[k]!);
      for (const o of turned) {
        if (seen.has(o)) continue;
        const [ox, oy] = centreOf(o);
        if (Math.hypot(ox - x, oy - y) <= RING_LINK) { seen.add(o); group.push(o); }
      }
    }
    if (group.length >= RING_MIN) groups.push(group);
  }
  const rings: Ring[] = [];
  for (const g of groups) {
    const pts = g.map(centreOf);
    const cx = pts.reduce((a, p) => a + p[0], 0) / pts.length;
    const cy = pts.reduce((a, p) => a + p[1], 0) / pts.length;
    // A ring over its upper arc only has its centroid above the circle's centre: fit the centre instead,
    // as the point every glyph's "up" points at (a glyph faces the centre from the ring).
    const centre = facedCentre(g) ?? [cx, cy];
    const radii = pts.map((p) => Math.hypot(p[0] - centre[0], p[1] - centre[1]));
    const radius = radii.reduce((a, r) => a + r, 0) / radii.length;
    if (radius < 10 || radius > 150 || radii.some((r) => Math.abs(r - radius) > 0.25 * radius)) continue;
    const angles = g.map((r) => angleOf(r.t));
    if (Math.max(...angles) - Math.min(...angles) < 90) continue;
    const sizes = g.map((r) => sizeOf(r.t)).sort((a, b) => a - b);
    rings.push({ cx: centre[0], cy: centre[1], radius, size: sizes[Math.floor(sizes.length / 2)]! });
  }
  return rings;
}

/** The point the glyphs' up directions meet at, least squares over every pair of lines. */
function facedCentre(g: RawText[]): [number, number] | null {
  // Each glyph gives a line through its centre along its up vector; solve for the point nearest all.
  let a11 = 0, a12 = 0, a22 = 0, b1 = 0, b2 = 0;
  for (const r of g) {
    const [px, py] = centreOf(r);
    const s = sizeOf(r.t) || 1;
    const ux = r.t[2] / s;
    const uy = r.t[3] / s;
    // Projector onto the line's normal: I - u uᵀ.
    const n11 = 1 - ux * ux, n12 = -ux * uy, n22 = 1 - uy * uy;
    a11 += n11; a12 += n12; a22 += n22;
    b1 += n11 * px + n12 * py; b2 += n12 * px + n22 * py;
  }
  const det = a11 * a22 - a12 * a12;
  if (Math.abs(det) < 1e-6) return null;
  return [(b1 * a22 - b2 * a12) / det, (a11 * b2 - a12 * b1) / det];
}

/**
 * The page's text without its seals: the ring's glyphs, a glyph of the ring's size set on the ring
 * however turned (its top glyph stands upright), and the star inside it.
 */
export function withoutSeal(raws: RawText[]): RawText[] {
  const rings = sealRings(raws);
  if (rings.length === 0) return raws;
  return raws.filter((r) => !rings.some((ring) => {
    const [x, y] = centreOf(r);
    const d = Math.hypot(x - ring.cx, y - ring.cy);
    const glyph = r.str.trim();
    if (SEAL_MARK.test(glyph) && d <= ring.radius) return true;
    return isGlyphRun(glyph) && Math.abs(sizeOf(r.t) - ring.size) <= 0.1 * ring.size && Math.abs(d - ring.radius) <= 0.25 * ring.radius;
  }));
}
