import { useEffect, useState } from 'react';

/**
 * Whether the browser is printing (Ctrl+P, print preview): a windowed list renders every row then, so the printout
 * holds the whole form instead of the rows that happened to be on screen.
 */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const on = () => setPrinting(true);
    const off = () => setPrinting(false);
    window.addEventListener('beforeprint', on);
    window.addEventListener('afterprint', off);
    const media = window.matchMedia?.('print');
    const change = (e: MediaQueryListEvent) => setPrinting(e.matches);
    media?.addEventListener?.('change', change);
    return () => {
      window.removeEventListener('beforeprint', on);
      window.removeEventListener('afterprint', off);
      media?.removeEventListener?.('change', change);
    };
  }, []);
  return printing;
}
