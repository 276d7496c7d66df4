/**
 * Brings a table row to the middle of the screen and flashes it (class row-flash, styles.css), so the eye lands on the
 * row a 定位 or a finding is about. A row a windowed grid has still to render is looked for again over a few frames.
 */
export function flashRow(selector: string, tries = 10): void {
  const tr = document.querySelector<HTMLElement>(selector);
  if (!tr) {
    if (tries > 0) requestAnimationFrame(() => flashRow(selector, tries - 1));
    return;
  }
  tr.scrollIntoView({ block: 'center', behavior: 'smooth' });
  tr.classList.remove('row-flash');
  // Reading the layout restarts the animation when the same row is flashed twice in a row.
  void tr.offsetWidth;
  tr.classList.add('row-flash');
}
