import type { Translate } from '../../contract/step-definition';
import type { Language } from '../../contract/workspace';
import type { RaciFinding } from '../../domain/raci';
import type { RaciActivity, RaciLetter, RaciMatrix, RaciMode, RaciRole } from '../../domain/raci-schema';
import { LOCALES } from '../kit/format';

/**
 * The matrix in words, shared by the editor, the projector, the playbook section and the Markdown
 * export, so a finding reads the same everywhere. Pure: a translator fixed to the step's
 * namespace and the workspace's language in, text out.
 */

/** "Sales and Marketing", "Salg og Marketing": a list of names in the language's own way. */
export function listOf(names: readonly string[], language: Language): string {
  return new Intl.ListFormat(LOCALES[language], { style: 'long', type: 'conjunction' }).format(names);
}

/** A row's name, or its place for a row the room has not named. */
export function activityName(matrix: Pick<RaciMatrix, 'activities'>, activityId: string): string {
  const activity = matrix.activities.find((a) => a.id === activityId);
  if (!activity) return activityId;
  return activity.name.trim() || `#${matrix.activities.indexOf(activity) + 1}`;
}

/** A column's name, or its abbreviation, or its place. */
export function roleName(matrix: Pick<RaciMatrix, 'roles'>, roleId: string): string {
  const role = matrix.roles.find((r) => r.id === roleId);
  if (!role) return roleId;
  return role.name.trim() || role.abbreviation.trim() || `#${matrix.roles.indexOf(role) + 1}`;
}

/** The short head of a column (its abbreviation, else its name). */
export function roleShort(role: Pick<RaciRole, 'abbreviation' | 'name'>): string {
  return role.abbreviation.trim() || role.name.trim();
}

/**
 * What a cell shows: its letter, or "A/R" where the accountable does it too; '' when empty.
 *
 * @example
 * cellMark({ accountableDoesIt: true }, 'A') // 'A/R'
 */
export function cellMark(activity: Pick<RaciActivity, 'accountableDoesIt'>, letter: RaciLetter | null): string {
  if (letter === null) return '';
  return letter === 'A' && activity.accountableDoesIt === true ? 'A/R' : letter;
}

/** A cell's letter in words ("Accountable", "Accountable and responsible", "empty"). */
export function cellWords(activity: Pick<RaciActivity, 'accountableDoesIt'>, letter: RaciLetter | null, t: Translate): string {
  if (letter === null) return t('letters.empty');
  return letter === 'A' && activity.accountableDoesIt === true ? t('letters.AR') : t(`letters.${letter}`);
}

/** The legend's entries: the mode's letters, then A/R ('AR'). */
export function legendLetters(mode: RaciMode, usesSupport = false): ('R' | 'A' | 'S' | 'C' | 'I' | 'AR')[] {
  return mode === 'RASCI' || usesSupport ? ['R', 'A', 'S', 'C', 'I', 'AR'] : ['R', 'A', 'C', 'I', 'AR'];
}

/** How a legend entry is printed ('AR' as "A/R"). */
export function legendMark(entry: string): string {
  return entry === 'AR' ? 'A/R' : entry;
}

/**
 * One finding as a sentence, naming the activity and roles as the room wrote them.
 *
 * @example
 * findingText({ kind: 'noAccountable', severity: 'error', activityId: 'handover' }, matrix, t, 'en')
 * // 'Handover of MQLs to sales: no one is accountable. Give the row exactly one A.'
 */
export function findingText(finding: RaciFinding, matrix: RaciMatrix, t: Translate, language: Language): string {
  switch (finding.kind) {
    case 'noAccountable':
    case 'noResponsible':
      return t(`findings.${finding.kind}`, { activity: activityName(matrix, finding.activityId) });
    case 'manyAccountable':
    case 'accountableNotDoing':
    case 'supportInRaci':
      return t(`findings.${finding.kind}`, {
        activity: activityName(matrix, finding.activityId),
        roles: listOf(
          finding.roleIds.map((id) => roleName(matrix, id)),
          language,
        ),
      });
    case 'sideMissing':
      return t(`findings.sideMissing.${finding.missing.length > 1 ? 'both' : finding.missing[0]}`, { activity: activityName(matrix, finding.activityId) });
    case 'feedbackDirection':
      return t(`findings.feedbackDirection.${finding.missing.length > 1 ? 'both' : finding.missing[0]}`, { activity: activityName(matrix, finding.activityId) });
    case 'overloadResponsible':
    case 'overloadAccountable':
      return t(`findings.${finding.kind}`, { role: roleName(matrix, finding.roleId), count: finding.count, of: finding.of });
    case 'onlyConsultedInformed':
    case 'roleUnused':
      return t(`findings.${finding.kind}`, { role: roleName(matrix, finding.roleId) });
  }
}
