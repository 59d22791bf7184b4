import { createContext, useContext, useLayoutEffect, useRef, type ReactNode, type RefObject } from 'react';

/** How closely the fit approaches the largest scale that fits (a ratio: 2 % here). */
const PRECISION = 1.02;

/**
 * The scales found before, by what was laid out: the view's markup (a fingerprint of its HTML),
 * the salt (which view, which language) and the box's size. The same markup in a box of the same
 * size lays out the same, so a remembered scale is set without measuring: the facilitator going
 * back and forth costs the projector no forced layout at all (measuring a wall of cards twice cost
 * 40–90 ms a step on a busy laptop). Anything that changes what is shown (a card, a participant's
 * name another step shows, the timer's header changing the box) changes the key and is measured.
 * Bounded: the oldest entries go first.
 */
const remembered = new Map<string, number>();
const REMEMBERED_MAX = 200;

function remember(key: string, scale: number): void {
  remembered.delete(key);
  remembered.set(key, scale);
  if (remembered.size > REMEMBERED_MAX) remembered.delete(remembered.keys().next().value!);
}

/** FNV-1a over a string: a cheap fingerprint of a view's markup (no layout, no style). */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return `${text.length}:${(hash >>> 0).toString(36)}`;
}

/** Attributes that hold ids, which lay nothing out. */
const ID_ATTRIBUTES = /\s(?:id|for|headers|aria-(?:labelledby|describedby|controls|owns|activedescendant))="[^"]*"/g;

/**
 * Web fonts arriving change every measurement: what was remembered before them is forgotten and
 * every box on screen fits again. Listened to once (reading `document.fonts.ready` in each fit
 * forces a style and layout update of the whole page).
 */
const refitOnFonts = new Set<() => void>();
globalThis.document?.fonts?.addEventListener('loadingdone', () => {
  remembered.clear();
  for (const refit of refitOnFonts) refit();
});

/**
 * Scales a projected view's content to fill its box: sets the CSS variable `--fit` (a factor from
 * `min` to `max`, used as `font-size: calc(var(--fit) * 1em)`) to the largest value at which
 * nothing overflows the box or any element inside it marked `data-fit`. It scales up as well as
 * down, so a short agenda fills the projector and a wall of 60 cards still fits.
 *
 * Cheap enough to run on every step change: markup laid out before in a box of this size gets its
 * remembered scale without a forced layout; new markup costs one layout at the current scale for a
 * first guess (text grows about in proportion to the font size), then a binary search over the
 * ratio between the largest scale known to fit and the smallest known not to, down to 2 %:
 * typically 5–7 synchronous layouts. Redone when the content (`contentKey`), the box's size or the
 * fonts change. The box's own size must not depend on its content (a grid or flex cell does not).
 */
export function useFitToBox<T extends HTMLElement>(contentKey: unknown, min = 0.3, max = 1, salt = ''): RefObject<T | null> {
  const ref = useRef<T | null>(null);
  const framed = useContext(FitFrameContext);
  /** The box's size as the ResizeObserver last reported it (reading it would force a layout). */
  const size = useRef<{ width: number; height: number } | null>(null);
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
    const measuredSize = () => {
      size.current ??= { width: box.clientWidth, height: box.clientHeight };
      return size.current;
    };
    const keyOf = (markup: string) => {
      const { width, height } = measuredSize();
      return `${salt}|${width}x${height}|${min}|${max}|${markup}`;
    };
    const fit = () => {
      // React's generated ids (useId) differ from one mount to the next: not part of the layout.
      // (Taken once: the search below changes only the box's own style, not its inner markup.)
      const markup = fingerprint(box.innerHTML.replace(ID_ATTRIBUTES, ''));
      const known = remembered.get(keyOf(markup));
      if (known !== undefined) {
        box.style.setProperty('--fit', String(known));
        return;
      }
      collect();
      search();
      // Measured before the web fonts are in: measured again once they are (and not remembered).
      if (document.fonts && document.fonts.status !== 'loaded') {
        void document.fonts.ready.then(() => refitOnFonts.has(fit) && fit());
        return;
      }
      // Keyed by the size it was measured at (the search read it afresh).
      size.current = { width: box.clientWidth, height: box.clientHeight };
      remember(keyOf(markup), Number(box.style.getPropertyValue('--fit')));
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
    const observer = new ResizeObserver(() => {
      const width = box.clientWidth;
      const height = box.clientHeight;
      if (size.current && width === size.current.width && height === size.current.height) return;
      size.current = { width, height };
      fit();
    });
    observer.observe(box);
    refitOnFonts.add(fit);
    return () => {
      refitOnFonts.delete(fit);
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
