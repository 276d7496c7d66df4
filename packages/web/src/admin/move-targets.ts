import type { Org } from '../api/types';

/**
 * The parents an org may be moved under, as the server allows: none for a 财政区划 or a 财政局 (it must stay the
 * 区划's direct child); otherwise the orgs of the same 区划 that are neither the org itself nor under it.
 */
export function moveTargets(org: Org, orgs: readonly Org[]): Org[] {
  if (org.kind === 'region' || org.kind === 'finance') return [];
  const under = new Set<string>([org.code]);
  // Descendants by parent links (the list carries no paths): grow the set until it stops changing.
  for (let grew = true; grew; ) {
    grew = false;
    for (const o of orgs) {
      if (o.parent && under.has(o.parent) && !under.has(o.code)) {
        under.add(o.code);
        grew = true;
      }
    }
  }
  return orgs.filter((o) => !under.has(o.code) && (o.region ?? null) === (org.region ?? null));
}
