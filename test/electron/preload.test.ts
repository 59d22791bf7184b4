// The preload's bridge, run in plain Node with 'electron' replaced by a stand-in (the real module
// would try to download the binary): what it exposes, what it refuses, how events arrive.
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SamspilBridge } from '../../src/contract/bridge';
import { allCallNames, type ServiceEvent } from '../../src/contract/calls';

const electron = vi.hoisted(() => {
  const exposed = new Map<string, unknown>();
  const channels = new Map<string, (event: unknown, ...args: unknown[]) => void>();
  return {
    exposed,
    channels,
    invoke: vi.fn(async (..._args: unknown[]) => ({ ok: true, data: { answered: true } })),
  };
});

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: unknown) => electron.exposed.set(key, api),
  },
  ipcRenderer: {
    invoke: electron.invoke,
    on: (channel: string, listener: (event: unknown, ...args: unknown[]) => void) => electron.channels.set(channel, listener),
  },
}));

let bridge: SamspilBridge;
const emit = (message: unknown) => electron.channels.get('samspil:event')!({}, message);

beforeAll(async () => {
  await import('../../electron/preload/index');
  bridge = electron.exposed.get('samspil') as SamspilBridge;
});
beforeEach(() => electron.invoke.mockClear());

describe('the preload bridge', () => {
  it('exposes exactly one frozen object, window.samspil, with call and on', () => {
    expect([...electron.exposed.keys()]).toEqual(['samspil']);
    expect(Object.keys(bridge).sort()).toEqual(['call', 'on']);
    expect(Object.isFrozen(bridge)).toBe(true);
  });

  it('listens on the one event channel only', () => {
    expect([...electron.channels.keys()]).toEqual(['samspil:event']);
  });

  it('sends every call of the contract on the one call channel', async () => {
    for (const name of allCallNames) {
      await expect(bridge.call(name, { x: 1 })).resolves.toEqual({ ok: true, data: { answered: true } });
      expect(electron.invoke).toHaveBeenLastCalledWith('samspil:call', name, { x: 1 });
    }
    await bridge.call('workspace.list');
    expect(electron.invoke).toHaveBeenLastCalledWith('samspil:call', 'workspace.list', {});
  });

  it.each([
    ['an unknown call', 'workspace.format'],
    ['a raw channel name', 'samspil:call'],
    ['an Electron channel', 'ELECTRON_BROWSER_REQUIRE'],
    ['an inherited property', 'constructor'],
    ['a prototype trick', '__proto__'],
    ['an empty name', ''],
  ])('refuses %s before anything is sent', async (_why, name) => {
    await expect(bridge.call(name, {})).rejects.toThrow(/not a call of the contract/);
    expect(electron.invoke).not.toHaveBeenCalled();
  });

  it('refuses a name that is not a string', async () => {
    await expect(bridge.call({ toString: () => 'workspace.list' } as unknown as string, {})).rejects.toThrow();
    expect(electron.invoke).not.toHaveBeenCalled();
  });

  it('hands events to every listener until it unsubscribes', () => {
    const first: ServiceEvent[] = [];
    const second: ServiceEvent[] = [];
    const offFirst = bridge.on((event) => first.push(event));
    const offSecond = bridge.on((event) => second.push(event));
    const event = { name: 'workspace.listChanged', payload: {} };
    emit(event);
    offFirst();
    emit(event);
    offSecond();
    emit(event);
    expect(first).toEqual([event]);
    expect(second).toEqual([event, event]);
  });

  it('drops messages that are not events of the contract', () => {
    const seen: unknown[] = [];
    const off = bridge.on((event) => seen.push(event));
    emit({ name: 'not.an.event', payload: {} });
    emit({ name: 'workspace.listChanged' });
    emit('workspace.listChanged');
    emit(null);
    off();
    expect(seen).toEqual([]);
  });

  it('keeps delivering when one listener throws', () => {
    const seen: unknown[] = [];
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const offBad = bridge.on(() => {
      throw new Error('boom');
    });
    const offGood = bridge.on((event) => seen.push(event));
    emit({ name: 'workspace.listChanged', payload: {} });
    offBad();
    offGood();
    error.mockRestore();
    expect(seen).toHaveLength(1);
  });

  it('takes only functions as listeners', () => {
    expect(() => bridge.on('alert(1)' as unknown as () => void)).toThrow(TypeError);
  });
});
