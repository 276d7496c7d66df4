import type { ListSort } from '../lib/list-columns';

/** The public list's order from its address: as chosen, else the newest publications first (the server's default too). */
export function publicListSort(params: URLSearchParams): ListSort {
  const sort = params.get('sort');
  if (!sort) return { sort: 'published_at', order: 'desc' };
  return { sort, order: params.get('order') === 'desc' ? 'desc' : 'asc' };
}
