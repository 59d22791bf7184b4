/**
 * `npm run calendar:ics -- WORKSPACE.json OUT.ics [--meeting ID]`: writes a workspace file's
 * feedback cadence as an RFC 5545 calendar (every meeting, or one with --meeting), with the same
 * module the app's export button uses (src/domain/calendar-ics.ts), in the workspace's language.
 * For the tests and for batch use. A damaged file, or one from a newer Samspil, gets the app's own
 * message and no calendar (exit 1); a wrong command line exits 2.
 */
import i18next from 'i18next';
import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { writeFileDurably } from '../electron/service/durable-file';
import { decodeWorkspace } from '../src/contract/codec';
import type { Translate } from '../src/contract/step-definition';
import type { Language } from '../src/contract/workspace';
import { calendarIcs } from '../src/domain/calendar-ics';
import { cadenceOf } from '../src/domain/cadence-schema';
import { codecOptions } from '../src/steps';
import { feedbackCadenceStep } from '../src/steps/feedbackCadence/definition';
import { calendarInput } from '../src/steps/feedbackCadence/text';
import type { ServiceError } from '../src/contract/errors';
import { catalogs, namespaces } from '../src/i18n/catalogs';

/** The cadence step's own translator in a language (its catalogs, whether or not it is registered). */
function cadenceT(language: Language): Translate {
  const instance = i18next.createInstance();
  void instance.init({
    resources: { en: { feedbackCadence: feedbackCadenceStep.catalogs.en }, da: { feedbackCadence: feedbackCadenceStep.catalogs.da } },
    lng: language,
    ns: ['feedbackCadence'],
    defaultNS: 'feedbackCadence',
    fallbackLng: false,
    interpolation: { escapeValue: false },
    initAsync: false,
    showSupportNotice: false,
  });
  return instance.getFixedT(language, 'feedbackCadence') as Translate;
}

/** The command line's language: Danish when the environment's locale is Danish, else English. */
function cliLanguage(env: NodeJS.ProcessEnv = process.env): Language {
  const locale = env['LC_ALL'] || env['LC_MESSAGES'] || env['LANG'] || '';
  return locale.toLowerCase().startsWith('da') ? 'da' : 'en';
}

/** The app's own catalogs in the command line's language (errors, damage reasons, file messages). */
function appT(): Translate {
  const instance = i18next.createInstance();
  void instance.init({ resources: catalogs, lng: cliLanguage(), ns: namespaces, defaultNS: 'errors', fallbackLng: false, interpolation: { escapeValue: false }, initAsync: false, showSupportNotice: false });
  return instance.getFixedT(cliLanguage()) as Translate;
}

/** A service error as the app says it (errors:<code>, with a damage reason translated), as `npm run playbook:pdf` does. */
function errorSentence(error: ServiceError): string {
  const t = appT();
  const params: Record<string, unknown> = { ...error.params };
  if (typeof error.params['reason'] === 'string') params['reasonText'] = t(`home:damage.${error.params['reason']}`, { defaultValue: error.params['reason'] });
  return t(`errors:${error.code}`, params);
}

class CalendarError extends Error {}
class UsageError extends Error {}

function parseArgs(args: string[], t: Translate): { file: string; out: string; meetingId: string | undefined } {
  const positional: string[] = [];
  let meetingId: string | undefined;
  for (let i = 0; i < args.length; i += 1) {
    const [flag, inline] = args[i]!.split('=', 2) as [string, string | undefined];
    if (flag === '--meeting') {
      meetingId = inline ?? args[++i];
      if (!meetingId) throw new UsageError(t('cli.usage'));
    } else if (flag.startsWith('--')) {
      throw new UsageError(t('cli.usage'));
    } else {
      positional.push(args[i]!);
    }
  }
  if (positional.length !== 2) throw new UsageError(t('cli.usage'));
  return { file: positional[0]!, out: positional[1]!, meetingId };
}

async function main(): Promise<number> {
  const cliT = cadenceT(cliLanguage());
  const { file, out, meetingId } = parseArgs(process.argv.slice(2), cliT);
  let text: string;
  try {
    text = await readFile(resolve(file), 'utf8');
  } catch (error) {
    throw new CalendarError(appT()('playbook:cli.cannotRead', { file, reason: (error as NodeJS.ErrnoException).code ?? String(error) }));
  }
  const decoded = decodeWorkspace(text, codecOptions);
  if (decoded.status === 'damaged') {
    throw new CalendarError(errorSentence({ code: 'import_invalid', params: { fileName: basename(file), reason: decoded.reason, detail: decoded.detail } }));
  }
  if (decoded.status === 'too_new') {
    throw new CalendarError(errorSentence({ code: 'workspace_too_new', params: { fileName: basename(file), schemaVersion: decoded.schemaVersion, supportedVersion: codecOptions.currentVersion } }));
  }
  const { workspace } = decoded;
  // The calendar speaks the workspace's language; the messages the environment's.
  const t = cadenceT(workspace.language);
  const cadence = cadenceOf(workspace);
  if (!cadence) throw new CalendarError(cliT('cli.noCadence'));
  const input = calendarInput(workspace, t, new Date(), meetingId);
  if (!input) throw new CalendarError(cliT('cli.unknownMeeting', { id: meetingId }));
  const calendar = calendarIcs(input);
  if (calendar.meetingIds.length === 0) throw new CalendarError(cliT('cli.nothingDated'));
  await writeFileDurably(out, Buffer.from(calendar.content, 'utf8'));
  console.log(cliT('cli.written', { count: calendar.meetingIds.length, n: calendar.meetingIds.length, file: out }));
  if (calendar.skipped.length > 0) {
    const titles = calendar.skipped.map((id) => cadence.meetings.find((m) => m.id === id)?.title || id).join(', ');
    console.log(cliT('cli.skipped', { titles }));
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) {
      console.error(error.message);
      process.exit(2);
    }
    console.error(error instanceof CalendarError ? `samspil: ${error.message}` : error);
    process.exit(1);
  },
);
