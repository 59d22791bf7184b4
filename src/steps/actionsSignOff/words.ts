import type { StepFormat, Translate } from '../../contract/step-definition';
import type { ChangeEntry } from '../../domain/actions-schema';
import type { CoverageAnswer, ProblemCoverage } from '../../domain/coverage';
import type { CheckParams, CrossCheckResult } from '../../domain/cross-checks';
import { participantName, type Workshop } from '../../domain/workshop';

/**
 * The step's facts in words, shared by the Markdown section and the views: step titles, people,
 * answers, check messages and change-log lines. `t` is the step's translator (its own namespace
 * by default), `format` the workspace's number and date formatting.
 */
export interface Words {
  t: Translate;
  format: StepFormat;
  workshop: Pick<Workshop, 'participants'>;
}

/** A step's title: its own catalog's, else this step's list of the workshop's steps, else the id. */
export function stepTitle(words: Words, stepId: string): string {
  const fallback = words.t(`stepNames.${stepId}`, { defaultValue: stepId });
  return words.t(`${stepId}:title`, { defaultValue: fallback });
}

/** A participant's name, or '' for none; an id that no longer names anyone shows as the id. */
export function personName(words: Words, participantId: string): string {
  if (participantId === '') return '';
  return participantName(words.workshop, participantId) || participantId;
}

/** "Mette Kjærgaard, Jens Østergaard", or "The room" for nobody named. */
export function peopleNames(words: Words, ids: readonly string[]): string {
  return ids.length === 0 ? words.t('markdown.theRoom') : ids.map((id) => personName(words, id)).join(', ');
}

export function answerText(words: Words, answer: CoverageAnswer): string {
  const { t, format } = words;
  switch (answer.kind) {
    case 'clause':
      return t('markdown.answerClause', { label: answer.label, step: stepTitle(words, answer.stepId) });
    case 'step':
      return t('markdown.answerStep', { step: stepTitle(words, answer.stepId) });
    case 'action':
      return t('markdown.answerAction', {
        label: answer.label,
        owner: personName(words, answer.ownerId) || t('markdown.notSet'),
        due: format.date(answer.due) || t('markdown.notSet'),
      });
  }
}

/** What a problem's row says in the "answered by" column. */
export function coverageText(words: Words, row: ProblemCoverage): string[] {
  const { t, format } = words;
  if (row.state === 'answered') return row.answers.map((answer) => answerText(words, answer));
  if (row.state === 'deferred' && row.deferral) {
    const params = { owner: personName(words, row.deferral.ownerId), date: format.date(row.deferral.date), note: row.deferral.note };
    return [row.deferral.note.trim() ? t('markdown.deferredNote', params) : t('markdown.deferred', params)];
  }
  return [t('markdown.notAnswered')];
}

const DATE_PARAMS = new Set(['date', 'workshopDate']);
const PERCENT_PARAMS = new Set(['tolerance']);

/** A check's parameters formatted for the text: numbers in the locale, dates in words, teams translated. */
export function checkParams(words: Words, params: CheckParams): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(params)) {
    if (key === 'count') out[key] = value;
    else if (typeof value === 'number') out[key] = PERCENT_PARAMS.has(key) ? words.format.percent(value, Number.isInteger(value) ? 0 : 1) : words.format.number(value, Number.isInteger(value) ? 0 : 2);
    else if (DATE_PARAMS.has(key)) out[key] = words.format.date(value);
    else if (key === 'missing') out[key] = value.split(',').map((team) => words.t(`teams.${team}`)).join(', ');
    else out[key] = value;
  }
  // A volume's label says what it measures ("MQLs a month, New business"), in the words of the view.
  if (typeof params['measure'] === 'string') out['label'] = words.t(`checks.slaVolumes.measure.${params['measure']}`, { label: params['label'] ?? '' });
  return out;
}

/** The check's message in words (the skipped reason names the steps that are not on the agenda). */
export function checkMessage(words: Words, check: CrossCheckResult): string {
  const params = checkParams(words, check.params);
  if (check.missingSteps.length > 0) params['steps'] = check.missingSteps.map((id) => stepTitle(words, id)).join(', ');
  return words.t(check.key, params);
}

export function checkFix(words: Words, check: CrossCheckResult): string {
  return check.fix ? words.t(check.fix.key, checkParams(words, check.fix.params)) : '';
}

export function checkTitle(words: Words, check: CrossCheckResult): string {
  return words.t(`checks.${check.id}.title`);
}

/** "setup", "firstReviewDate" → the field's name in words ("First review date"). */
export function fieldName(words: Words, key: string): string {
  const spaced = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  const fallback = spaced.charAt(0).toUpperCase() + spaced.slice(1);
  // A key with a dot would be read as a path by the translator: such keys show as they are.
  return key.includes('.') || key === '' ? fallback || key : words.t(`fields.${key}`, { defaultValue: fallback });
}

/** Where a change is: "Set-up › Participants › Jens Østergaard › Title". */
export function changeWhere(words: Words, entry: ChangeEntry): string {
  const parts = [stepTitle(words, entry.stepId)];
  for (const segment of entry.path) parts.push('key' in segment ? fieldName(words, segment.key) : segment.label || segment.item);
  return parts.join(' › ');
}

const PERSON_FIELDS = new Set(['ownerId', 'sponsorId', 'participantId']);
const PEOPLE_FIELDS = new Set(['decidedBy', 'attendeeIds', 'holderIds']);
const DATE_FIELDS = new Set(['date', 'due', 'when', 'firstReviewDate', 'signedDate']);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A logged value in words: people by name, steps by title, dates in the locale. */
function loggedValue(words: Words, field: string | null, value: string): string {
  if (value === '' || field === null) return value;
  if (PERSON_FIELDS.has(field)) return personName(words, value);
  if (field === 'stepId') return stepTitle(words, value);
  if (field === 'status' && (value === 'open' || value === 'inProgress' || value === 'done')) return words.t(`status.${value}`);
  if (DATE_FIELDS.has(field) && ISO_DATE.test(value)) return words.format.date(value);
  if (PEOPLE_FIELDS.has(field)) {
    try {
      const ids = JSON.parse(value) as unknown;
      if (Array.isArray(ids) && ids.every((id) => typeof id === 'string')) return peopleNames(words, ids);
    } catch {
      // A value cut to its log length is no longer JSON: shown as logged.
    }
  }
  return value;
}

/** One line of the change log. */
export function changeText(words: Words, entry: ChangeEntry): string {
  const last = entry.path.at(-1);
  const field = last && 'key' in last ? last.key : null;
  const params = { where: changeWhere(words, entry), before: loggedValue(words, field, entry.before), after: loggedValue(words, field, entry.after) };
  if (entry.kind === 'changed' && entry.before === '') return words.t('change.changedEmpty', params);
  if (entry.kind === 'changed' && entry.after === '') return words.t('change.cleared', params);
  return words.t(`change.${entry.kind}`, params);
}
