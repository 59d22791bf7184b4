import type { TFunction } from 'i18next';
import type { Workspace } from '../../contract/workspace';
import { playbookSettingsOf } from '../../contract/consultant';
import { formatDate } from '../../steps/kit/format';
import { setupOf, today } from './model';

/**
 * What the printed PDF says about itself (its document information and language), made in the
 * page where the workspace's language and catalogs are at hand, and read by both printers (the
 * desktop's printToPDF, `npm run playbook:pdf`) from `data-pb-metadata` on the pages before they
 * finish the file (electron/main/pdf-finish.ts). The title keeps the client's name as it is
 * written ("A/S": a title is not a file name) and says "playbook" and the date in the workspace's
 * language; the author is the facilitator.
 *
 * @example
 * playbookPdfMetadata(workspace, t);
 * // { title: 'Nordvind Ventilation A/S – Playbook – 14. januar 2027', author: 'Anne Lykke Mørch', subject: '…', language: 'da' }
 */
export function playbookPdfMetadata(workspace: Workspace, t: TFunction): { title: string; author: string; subject: string; language: string } {
  const setup = setupOf(workspace);
  const client = workspace.clientCompany.trim() || workspace.name;
  const date = formatDate(setup.date || today(), workspace.language);
  const { consultant, control } = playbookSettingsOf(workspace);
  // The author as document control names who prepared it: the facilitator and the firm.
  const author = control.preparedBy || [setup.facilitator.trim(), consultant.firmName].filter(Boolean).join(', ');
  return {
    title: [client, t('document.kicker'), date].join(' – '),
    author,
    subject: t('document.subtitle'),
    language: workspace.language,
  };
}

/** The attribute on the pages' container that holds {@link playbookPdfMetadata} as JSON. */
export const PDF_METADATA_ATTRIBUTE = 'data-pb-metadata';
