// Command-line options of the desktop app, pure so they are tested in plain Node.

/**
 * The value of `--name VALUE` or `--name=VALUE` in `args`, or undefined.
 *
 * @example
 * optionValue(['electron', '.', '--user-data-dir=/tmp/u'], '--user-data-dir'); // '/tmp/u'
 */
export function optionValue(args: readonly string[], name: string): string | undefined {
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    if (arg === name) {
      const next = args[i + 1];
      return next === undefined || next.startsWith('--') ? undefined : next;
    }
    if (arg.startsWith(`${name}=`)) return arg.slice(name.length + 1) || undefined;
  }
  return undefined;
}
