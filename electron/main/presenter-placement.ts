// Where the presenter window goes and what it loads, as pure functions (no 'electron' import) so
// test/electron/presenter.test.ts proves them in plain Node; presenter.ts wires them to `screen`.
import type { WindowBounds } from './window';

/** What presenter.ts needs of an Electron `Display`. */
export interface DisplayInfo {
  id: number;
  bounds: WindowBounds;
  workArea: WindowBounds;
}

export interface PresenterPlacement {
  displayId: number;
  bounds: WindowBounds;
  fullscreen: boolean;
}

/** The size of the presenter window when there is no second display: the smallest size it is made for. */
export const PRESENTER_WINDOW_SIZE = { width: 1280, height: 720 } as const;

/**
 * A normal (not fullscreen) presenter window on `display`: 1280×720, or smaller when the work area
 * is, centred in the work area.
 */
export function windowedPlacement(display: DisplayInfo): PresenterPlacement {
  const area = display.workArea;
  const width = Math.min(PRESENTER_WINDOW_SIZE.width, area.width);
  const height = Math.min(PRESENTER_WINDOW_SIZE.height, area.height);
  return {
    displayId: display.id,
    bounds: {
      x: Math.round(area.x + (area.width - width) / 2),
      y: Math.round(area.y + (area.height - height) / 2),
      width,
      height,
    },
    fullscreen: false,
  };
}

/**
 * Where the presenter window opens: fullscreen on a display other than the facilitator's (the
 * projector, or the meeting room's screen), preferring one that is not the primary display when
 * there are three or more; with one display, a normal window on it.
 *
 * @example
 * presenterPlacement([laptop, projector], laptop.id, laptop.id);
 * // { displayId: projector.id, bounds: projector.bounds, fullscreen: true }
 */
export function presenterPlacement(
  displays: readonly DisplayInfo[],
  facilitatorDisplayId: number,
  primaryDisplayId: number,
): PresenterPlacement | null {
  const others = displays.filter((display) => display.id !== facilitatorDisplayId);
  const external = others.find((display) => display.id !== primaryDisplayId) ?? others[0];
  if (external) return { displayId: external.id, bounds: { ...external.bounds }, fullscreen: true };
  const own = displays.find((display) => display.id === facilitatorDisplayId) ?? displays[0];
  return own ? windowedPlacement(own) : null;
}

/**
 * The presenter view's address: the app's page (`app://samspil/index.html`, or the dev server's
 * URL) with the route `#/present/<workspaceId>`. The id is one the contract validated.
 *
 * @example
 * presenterUrl('app://samspil/index.html', 'abc'); // 'app://samspil/index.html#/present/abc'
 */
export function presenterUrl(entryUrl: string, workspaceId: string): string {
  const base = entryUrl.split('#')[0]!;
  return `${base}#/present/${encodeURIComponent(workspaceId)}`;
}
