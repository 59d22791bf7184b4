import { createContext, useContext, useLayoutEffect, useRef, type ReactNode, type RefObject } from 'react';

/** How closely the fit approaches the largest scale that fits (a ratio: 2 % here). */
const PRECISION = 1.02;

/**
 * The scales found before, by content (the slice shown: immer keeps it the same object while it
 * is unchanged), salt (which view of it) and box size: the facilitator going back and forth, or
 * the projector showing a step again, costs two layouts (the scale fits, 2 % more does not).
 */
const remembered = new WeakMap<object, Map<string, number>>();

/**
 * Scales a projected view's content to fill its box: sets the CSS variable `--fit` (a factor from
 * `min` to `max`, used as `font-size: calc(var(--fit) * 1em)`) to the largest value at which
 * nothing overflows the box or any element inside it marked `data-fit`. It scales up as well as
 * down, so a short agenda fills the projector and a wall of 60 cards still fits.
 *
 * Cheap enough to run on every step change: one layout at the current scale gives a first guess
 * (text grows about in proportion to the font size), then a binary search over the ratio between
 * the largest scale known to fit and the smallest known not to, down to 2 %: typically 5–7
 * synchronous layouts. Redone when the content (`contentKey`), the box's size or the fonts change.
 * The box's own size must not depend on its content (a grid or flex cell does not).
 */
export function useFitToBox<T extends HTMLElement>(contentKey: unknown, min = 0.3, max = 1, salt = ''): RefObject<T | null> {
  const ref = useRef<T | null>(null);
  const framed = useContext(FitFrameContext);
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    if (framed) {
      // Inside the projector's frame, which scales everything: this box only must not overflow.
      box.style.setProperty('--fit', '1');
      box.setAttribute('data-fit', '');
      return;
    }
    const overflows = (element: Element) => element.scrollHeight > element.clientHeight + 1 || element.scrollWidth > element.clientWidth + 1;
    // The boxes that must not overflow: the box itself, those marked `data-fit`, and any inside it
    // that clip their content (overflow other than visible would hide an overflow from the box).
    let watched: Element[] = [];
    const collect = () => {
      watched = [
        box,
        ...Array.from(box.querySelectorAll('*')).filter((element) => {
          if (element.hasAttribute('data-fit')) return true;
          // Text for screen readers only is clipped to a pixel on purpose: never a fit's concern.
          if (element.clientWidth <= 1 || element.clientHeight <= 1) return false;
          const style = getComputedStyle(element);
          return style.overflowX !== 'visible' || style.overflowY !== 'visible';
        }),
      ];
    };
    const fits = (scale: number) => {
      box.style.setProperty('--fit', String(scale));
      return !watched.some(overflows);
    };
    /** How much room there is at this scale: below 1, the content is that much too large. */
    const room = () =>
      Math.min(...watched.flatMap((element) => [element.clientHeight / Math.max(1, element.scrollHeight), element.clientWidth / Math.max(1, element.scrollWidth)]));
    const memo = typeof contentKey === 'object' && contentKey !== null ? contentKey : null;
    const sizeKey = () => `${salt}|${box.clientWidth}x${box.clientHeight}|${min}|${max}`;
    const fit = () => {
      collect();
      const known = memo ? remembered.get(memo)?.get(sizeKey()) : undefined;
      if (known !== undefined && fits(known) && (known >= max || !fits(Math.min(max, known * PRECISION)))) {
        box.style.setProperty('--fit', String(known));
        return;
      }
      search();
      if (memo) {
        const sizes = remembered.get(memo) ?? new Map<string, number>();
        sizes.set(sizeKey(), Number(box.style.getPropertyValue('--fit')));
        remembered.set(memo, sizes);
      }
    };
    const search = () => {
      // First guess: the content at scale 1, grown or shrunk in proportion to the room it leaves.
      // (When it fits, scrollHeight equals clientHeight: the guess is then at most the maximum.)
      let low = min;
      let high = max;
      if (fits(1)) {
        low = 1;
        if (fits(max)) return;
      } else {
        high = 1;
        const guess = Math.max(min, room());
        if (fits(guess)) low = guess;
        else high = guess;
        if (low === min && !fits(min)) return box.style.setProperty('--fit', String(min));
      }
      while (high / low > PRECISION) {
        const middle = Math.sqrt(low * high);
        if (fits(middle)) low = middle;
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
  }, [contentKey, min, max, framed, salt]);
  return ref;
}

/** Whether a view is inside a FitFrame (which then does the fitting for every box in it). */
const FitFrameContext = createContext(false);

/**
 * The projector's frame around a step's presenter view: scales its content (sized in em) up or
 * down to fill the screen without a scrollbar. A `useFitToBox` box inside it leaves the scaling to
 * the frame and only asks not to overflow (it becomes a `data-fit` box).
 */
export function FitFrame({ contentKey, salt = '', className, min = 0.2, max = 3, children }: { contentKey: unknown; salt?: string; className?: string; min?: number; max?: number; children: ReactNode }) {
  const box = useFitToBox<HTMLDivElement>(contentKey, min, max, salt);
  return (
    <div className={className} ref={box}>
      <FitFrameContext.Provider value={true}>{children}</FitFrameContext.Provider>
    </div>
  );
}
