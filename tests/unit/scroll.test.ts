// The virtual table's scaled scrolling: at a million rows the scroll range is capped, and every position in
// it still maps to a row, from the first to the very last, with the drawn rows filling exactly that range.
import { describe, expect, it } from 'vitest';
import {
  MAX_SCROLL_PX,
  ROW,
  bodyHeight,
  isScaled,
  rowAt,
  rowWindow,
  rowsInView,
  scrollTopFor,
} from '../../src/lib/scroll.ts';

const VIEW = 600;

describe('the virtual table scroll mapping', () => {
  it('keeps one pixel per pixel below the cap', () => {
    expect(isScaled(19)).toBe(false);
    const w = rowWindow(3600, 1000, VIEW, 20);
    expect(w).toEqual({ first: 80, last: 137, top: 80 * ROW, bottom: (1000 - 137) * ROW });
    expect(w.top + (w.last - w.first) * ROW + w.bottom).toBe(1000 * ROW);
  });

  for (const total of [130_000, 1_000_000, 10_000_000]) {
    it(`reaches every row of ${total.toLocaleString('en')} within a capped range`, () => {
      expect(isScaled(total)).toBe(true);
      const height = bodyHeight(total);
      expect(height).toBe(MAX_SCROLL_PX);
      expect(height).toBeLessThan(33_554_431);
      const end = height - VIEW;
      // The content keeps its height at every position, so the browser's scroll range never changes.
      for (const s of [0, 1, 17, 4000, end / 3, end / 2, end - 37, end - 1, end]) {
        const w = rowWindow(s, total, VIEW);
        expect(w.top + (w.last - w.first) * ROW + w.bottom, `s=${s}`).toBe(height);
        expect(w.first).toBeLessThanOrEqual(Math.floor(rowAt(s, total, VIEW)));
        // The drawn rows cover the view.
        expect(w.top + (w.last - w.first) * ROW, `s=${s}`).toBeGreaterThanOrEqual(Math.min(height, s + VIEW) - ROW);
      }
      // Scrolled to the end, the last row is drawn and ends exactly at the bottom of the view.
      const w = rowWindow(end, total, VIEW);
      expect(w.last).toBe(total);
      expect(w.bottom).toBe(0);
      expect(w.top + (w.last - w.first) * ROW).toBe(end + VIEW);
      // Moving by rows (the keyboard): that row is at the top, with the scrollTop for it (and with fewer pixels
      // than rows, the pixel alone maps to it as closely as it can).
      for (const row of [0, 1, 2, rowsInView(VIEW), 12_345, Math.floor(total / 2), total - 100]) {
        const s = scrollTopFor(row, total, VIEW);
        const w = rowWindow(s, total, VIEW, 20, row);
        expect(w.first, `row ${row}`).toBe(row);
        expect(w.top + (w.last - w.first) * ROW + w.bottom).toBe(height);
        if (total < height) expect(Math.floor(rowAt(s, total, VIEW)), `row ${row}`).toBe(row);
      }
      expect(scrollTopFor(total, total, VIEW)).toBe(end);
      // Position grows with scrollTop: no row is skipped backwards.
      let prev = -1;
      for (let s = 0; s <= end; s += 997) {
        const r = rowAt(s, total, VIEW);
        expect(r).toBeGreaterThanOrEqual(prev);
        prev = r;
      }
    });
  }
});
