// Where the virtual table is, given how far it is scrolled. Browsers cap an element's height (Chromium at
// 33,554,431 px, Firefox at about 17.9 million), so 1,000,000 rows of 36 px cannot each have their own
// pixels: past MAX_SCROLL_PX the table is "scaled", i.e. the scroll range is fixed and a position in it maps
// to a row index in proportion, while the rows on screen are drawn at their full height.

/** Height of one table row in px (the table's CSS sets the same). */
export const ROW = 36;
/** The tallest scroll range the table uses; well under every browser's cap. */
export const MAX_SCROLL_PX = 4_000_000;

export interface RowWindow {
  /** Index of the first row drawn. */
  first: number;
  /** One past the last row drawn. */
  last: number;
  /** Height of the empty space above the drawn rows, px. */
  top: number;
  /** Height of the empty space below them, px. */
  bottom: number;
}

/** Height of the rows' part of the scroll range. */
export const bodyHeight = (total: number) => Math.min(total * ROW, MAX_SCROLL_PX);
export const isScaled = (total: number) => total * ROW > MAX_SCROLL_PX;

/** Rows that fit in `view` px (the visible height under the header), at least one. */
export const rowsInView = (view: number) => Math.max(1, Math.floor(view / ROW));

/** The row (fractional) at the top of the view when scrolled to `scrollTop`. */
export function rowAt(scrollTop: number, total: number, view: number): number {
  if (!isScaled(total)) return Math.max(0, scrollTop / ROW);
  const span = bodyHeight(total) - view;
  const rows = maxRow(total, view);
  if (span <= 0) return 0;
  return Math.min(rows, Math.max(0, (scrollTop / span) * rows));
}

/** The scrollTop that puts row `row` at the top of the view (its inverse; rounded up, so rowAt floors to it). */
export function scrollTopFor(row: number, total: number, view: number): number {
  const span = Math.max(0, bodyHeight(total) - view);
  if (!isScaled(total)) return Math.min(span, Math.max(0, row * ROW));
  const rows = maxRow(total, view);
  if (rows <= 0) return 0;
  return Math.min(span, Math.ceil((Math.min(rows, Math.max(0, row)) / rows) * span));
}

/** The last row that can be at the top of the view (fractional: the last row then ends at the view's bottom). */
export const maxRow = (total: number, view: number) => Math.max(0, total - view / ROW);

/**
 * The rows to draw and the space around them, so that the scroll range stays bodyHeight(total). `at` (a
 * scaled table only) puts that row at the top instead of the one the pixel maps to: with more rows than
 * pixels (10 million) the keyboard can still move by exactly one row.
 */
export function rowWindow(scrollTop: number, total: number, view: number, buffer = 20, at?: number): RowWindow {
  if (total <= 0) return { first: 0, last: 0, top: 0, bottom: 0 };
  if (!isScaled(total)) {
    const first = Math.max(0, Math.floor(scrollTop / ROW) - buffer);
    const last = Math.min(total, Math.ceil((scrollTop + view) / ROW) + buffer);
    return { first, last, top: first * ROW, bottom: (total - last) * ROW };
  }
  // Scaled: the first row drawn is the one at the top of the view, shifted up by its part scrolled past.
  const height = bodyHeight(total);
  const s = Math.min(Math.max(0, scrollTop), Math.max(0, height - view));
  const pos = at === undefined ? rowAt(s, total, view) : Math.min(maxRow(total, view), Math.max(0, at));
  const first = Math.min(total - 1, Math.floor(pos));
  const top = Math.max(0, Math.round(s - (pos - first) * ROW));
  const fits = Math.max(1, Math.floor((height - top) / ROW));
  const last = Math.min(total, first + rowsInView(view) + 2, first + fits);
  return { first, last, top, bottom: Math.max(0, height - top - (last - first) * ROW) };
}
