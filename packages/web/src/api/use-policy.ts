import { useQuery } from '@tanstack/react-query';
import { DEFAULT_POLICY, type Policy } from '@jixiao/core';
import { api } from './client';
import { useOrgs } from './queries';
import type { FormDetail } from './types';

interface PolicyView {
  region: string;
  fiscal_year: number;
  policy: Policy;
}

/**
 * The policy (政策参数) the server applies to an org's region in a year, so the checks run in
 * the browser agree with the server after an admin changes it. The defaults stand in until it
 * loads, or when the org or year is not known.
 */
export function usePolicy(orgCode: string | null | undefined, year: number | null | undefined): Policy {
  const orgs = useOrgs();
  const region = orgs.data?.items.find((o) => o.code === orgCode)?.region ?? null;
  const policy = useQuery({
    // Same key and shape as the 年度与政策 screen, so a saved policy is seen at once.
    queryKey: ['policy', region, year],
    enabled: !!region && !!year,
    staleTime: 5 * 60_000,
    queryFn: ({ signal }) => api.get<PolicyView>(`/api/policies/${encodeURIComponent(region!)}/${year}`, undefined, signal),
  });
  return policy.data?.policy ?? DEFAULT_POLICY;
}

/**
 * The policy a form view was reviewed and scored under: in the view itself, so a page that scores or reviews the form
 * as it is typed renders once, with the region's figures, instead of first with the defaults and again a request
 * later. A view without it (a server before it carried one) falls back to the region's, fetched.
 */
export function useFormPolicy(detail: Pick<FormDetail, 'org' | 'fiscal_year' | 'policy'> | undefined, orgCode?: string | null, year?: number | null): Policy {
  const fetched = usePolicy(detail?.policy ? null : (detail?.org ?? orgCode), detail?.fiscal_year ?? year);
  return detail?.policy ?? fetched;
}
