// `npm run test:crash -- --kills 1000`: the crash test's opt-in long run (test/crash/crash.test.ts),
// exactly that many SIGKILLs of a writer in the middle of its saves, however long it takes. Without
// --kills it is the short, time-bounded run that `npm test` does too. `--seed N` repeats a run.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const valueOf = (flag) => {
  const at = args.findIndex((arg) => arg === flag || arg.startsWith(`${flag}=`));
  if (at < 0) return undefined;
  return args[at].includes('=') ? args[at].slice(flag.length + 1) : args[at + 1];
};
const env = { ...process.env };
const kills = valueOf('--kills');
if (kills !== undefined) {
  if (!/^[1-9]\d*$/.test(kills)) {
    console.error(`--kills wants a whole number above 0, not "${kills}"`);
    process.exit(2);
  }
  env.CRASH_KILLS = kills;
}
const seed = valueOf('--seed');
if (seed !== undefined) env.CRASH_SEED = seed;

const root = fileURLToPath(new URL('..', import.meta.url));
const vitest = fileURLToPath(new URL('../node_modules/vitest/vitest.mjs', import.meta.url));
const result = spawnSync(process.execPath, [vitest, 'run', 'test/crash/crash.test.ts'], { cwd: root, env, stdio: 'inherit' });
process.exit(result.status ?? 1);
