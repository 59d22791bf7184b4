import { readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { settingsSchema, type Settings } from '../../src/contract/calls';
import { DEFAULT_CONSULTANT } from '../../src/contract/consultant';
import { writeFileDurably } from './durable-file';
import { stampOf } from './workspace-folder';

const DEFAULTS: Settings = { uiLanguage: null, sampleInstalled: false, consultant: DEFAULT_CONSULTANT };

/**
 * settings.json in the data folder. A settings file we cannot read is moved aside (kept, never
 * overwritten) and the defaults are used: losing a language choice is better than not starting.
 */
export class SettingsStore {
  private current: Settings = DEFAULTS;
  readonly path: string;

  constructor(
    dataDir: string,
    private readonly now: () => Date,
  ) {
    this.path = join(dataDir, 'settings.json');
  }

  async load(): Promise<Settings> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch {
      this.current = DEFAULTS;
      return this.current;
    }
    try {
      this.current = settingsSchema.parse(JSON.parse(text));
    } catch {
      await rename(this.path, join(this.path, '..', `settings.damaged-${stampOf(this.now())}.json`)).catch(() => undefined);
      this.current = DEFAULTS;
    }
    return this.current;
  }

  get(): Settings {
    return this.current;
  }

  async update(change: Partial<Settings>): Promise<Settings> {
    const next = settingsSchema.parse({ ...this.current, ...change });
    await writeFileDurably(this.path, `${JSON.stringify(next, null, 2)}\n`);
    this.current = next;
    return next;
  }
}
