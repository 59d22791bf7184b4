// Where the presenter window goes and what it loads: the pure rules behind electron/main/presenter.ts.
import { describe, expect, it } from 'vitest';
import { presenterPlacement, presenterUrl, windowedPlacement, type DisplayInfo } from '../../electron/main/presenter-placement';

const display = (id: number, x: number, y: number, width = 1920, height = 1080): DisplayInfo => ({
  id,
  bounds: { x, y, width, height },
  workArea: { x, y: y + 25, width, height: height - 25 },
});
const laptop = display(1, 0, 0, 1440, 900);
const projector = display(2, 1440, 0, 1920, 1080);
const monitor = display(3, -2560, 0, 2560, 1440);

describe('the presenter window’s place', () => {
  it('goes fullscreen on the projector when the facilitator is on the laptop', () => {
    expect(presenterPlacement([laptop, projector], laptop.id, laptop.id)).toEqual({
      displayId: projector.id,
      bounds: projector.bounds,
      fullscreen: true,
    });
  });

  it("avoids the facilitator's display even when that is not the primary one", () => {
    expect(presenterPlacement([laptop, projector], projector.id, laptop.id)).toMatchObject({ displayId: laptop.id, fullscreen: true });
  });

  it('prefers a display that is not the primary one when there are three', () => {
    expect(presenterPlacement([laptop, projector, monitor], monitor.id, laptop.id)).toMatchObject({ displayId: projector.id, fullscreen: true });
    expect(presenterPlacement([laptop, monitor, projector], laptop.id, laptop.id)).toMatchObject({ displayId: monitor.id });
  });

  it('is a normal 1280×720 window, centred in the work area, with one display', () => {
    expect(presenterPlacement([projector], projector.id, projector.id)).toEqual({
      displayId: projector.id,
      bounds: { x: 1440 + 320, y: 25 + Math.round((1055 - 720) / 2), width: 1280, height: 720 },
      fullscreen: false,
    });
  });

  it('fits a work area smaller than 1280×720', () => {
    const small = display(4, 0, 0, 1024, 600);
    expect(windowedPlacement(small).bounds).toEqual({ x: 0, y: 25, width: 1024, height: 575 });
  });

  it('has nowhere to go without displays', () => {
    expect(presenterPlacement([], 1, 1)).toBeNull();
  });
});

describe('the presenter view’s address', () => {
  const ID = '3f6c2a8e-9b1d-4c7e-a5f0-2d8b6e1c4a97';
  it('is the app page with the #/present/<id> route', () => {
    expect(presenterUrl('app://samspil/index.html', ID)).toBe(`app://samspil/index.html#/present/${ID}`);
    expect(presenterUrl('app://samspil/index.html#/w/x', ID)).toBe(`app://samspil/index.html#/present/${ID}`);
    expect(presenterUrl('http://localhost:5173/', ID)).toBe(`http://localhost:5173/#/present/${ID}`);
  });
});
