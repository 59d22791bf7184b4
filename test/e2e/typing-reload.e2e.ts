import { expect, openApp, test } from './fixtures';
import { readWorkspaceFile, workspaceIdOf } from './helpers';

/**
 * "Never lose a word": typing fast (100 keys a second) into the facilitator's notes and reloading
 * at once keeps every character. Keystrokes coalesce into few edits (at most one of the field in
 * flight) and what is unsent leaves with keepalive as the page goes (src/renderer/stores/document-store.ts).
 */
test('typing at 100 keys a second and reloading at once loses nothing', async ({ page, host }) => {
  await openApp(page, host);
  await page.getByRole('listitem', { name: 'Sales and marketing alignment workshop (sample)' }).getByRole('button', { name: 'Open' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Set-up' })).toBeVisible();
  const workspaceId = workspaceIdOf(page);

  let inFlight = 0;
  let mostInFlight = 0;
  let edits = 0;
  const isEdit = (url: string) => url.endsWith('/api/call/workspace.edit');
  page.on('request', (request) => {
    if (!isEdit(request.url())) return;
    edits += 1;
    mostInFlight = Math.max(mostInFlight, ++inFlight);
  });
  const settled = (request: { url(): string }) => {
    if (isEdit(request.url())) inFlight -= 1;
  };
  page.on('requestfinished', settled);
  page.on('requestfailed', settled);

  const typed = 'Husk: Jens og Sofie er uenige om budgettet, tag det op i pausen æøå!';
  const notes = page.getByLabel('Facilitator notes (private)');
  await notes.click();
  await page.keyboard.type(typed, { delay: 10 });
  await page.reload();
  console.log(`typing ${typed.length} keys at 100 a second: ${edits} edit calls, at most ${mostInFlight} in flight`);

  await expect(page.getByLabel('Facilitator notes (private)')).toHaveValue(typed);
  await expect.poll(async () => {
    const file = await readWorkspaceFile(host, workspaceId);
    const items = (file['session'] as { items: Record<string, { notes: string }> }).items;
    return Object.values(items).map((item) => item.notes);
  }).toContain(typed);
});
