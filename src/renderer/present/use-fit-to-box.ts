import { useLayoutEffect, useRef, type RefObject } from 'react';

/**
 * Scales a projected view's content to fit its box: sets the CSS variable `--fit` (a factor from
 * `min` to `max`, used as `font-size: calc(var(--fit) * 1em)`) to the largest value at which
 * nothing overflows the box or any element inside it marked `data-fit`. A binary search over a
 * few synchronous layouts, redone when the content (`contentKey`), the box's size or the fonts
 * change. The box's own size must not depend on its content (a grid or flex cell does not).
 */
export function useFitToBox<T extends HTMLElement>(contentKey: unknown, min = 0.3, max = 1): RefObject<T | null> {
  const ref = useRef<T | null>(null);
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    const overflows = (element: Element) => element.scrollHeight > element.clientHeight + 1 || element.scrollWidth > element.clientWidth + 1;
    const fits = () => !overflows(box) && !Array.from(box.querySelectorAll('[data-fit]')).some(overflows);
    const fit = () => {
      box.style.setProperty('--fit', String(max));
      if (fits()) return;
      let low = min;
      let high = max;
      for (let i = 0; i < 10; i += 1) {
        const middle = (low + high) / 2;
        box.style.setProperty('--fit', String(middle));
        if (fits()) low = middle;
        else high = middle;
      }
      box.style.setProperty('--fit', String(low));
    };
    fit();
    let width = box.clientWidth;
    let height = box.clientHeight;
    const observer = new ResizeObserver(() => {
      if (box.clientWidth === width && box.clientHeight === height) return;
      width = box.clientWidth;
      height = box.clientHeight;
      fit();
    });
    observer.observe(box);
    let live = true;
    void document.fonts?.ready.then(() => {
      if (live) fit();
    });
    return () => {
      live = false;
      observer.disconnect();
    };
  }, [contentKey, min, max]);
  return ref;
}
