import type { KeyboardEvent } from 'react';

/**
 * Enter in a box moves to the next box of the same list (Shift+Enter: the previous one), as a clerk
 * keys a column of figures in Excel; Tab keeps its usual order.
 */
export function enterToNextInput(e: KeyboardEvent<HTMLElement>): void {
  if (e.key !== 'Enter' || e.nativeEvent.isComposing) return;
  const el = e.target;
  if (!(el instanceof HTMLInputElement)) return;
  // Only plain text and number boxes: a select's search box uses Enter to pick.
  if (el.closest('.ant-select')) return;
  const boxes = [...e.currentTarget.querySelectorAll<HTMLInputElement>('input:not([readonly]):not([disabled])')].filter((b) => !b.closest('.ant-select'));
  const next = boxes[boxes.indexOf(el) + (e.shiftKey ? -1 : 1)];
  if (!next) return;
  e.preventDefault();
  next.focus();
  next.select();
}

/** Enter in a row's box (data-mrow, data-mfield) moves to the same box one row down (Shift+Enter: up). */
export function enterToNextRow(e: KeyboardEvent<HTMLElement>) {
  if (e.key !== 'Enter' || e.nativeEvent.isComposing) return;
  const el = e.target as HTMLElement;
  const row = el.dataset.mrow;
  const field = el.dataset.mfield;
  if (row === undefined || !field) return;
  const next = e.currentTarget.querySelector<HTMLInputElement>(`[data-mrow="${Number(row) + (e.shiftKey ? -1 : 1)}"][data-mfield="${field}"]`);
  if (!next) return;
  e.preventDefault();
  next.focus();
  next.select();
}
