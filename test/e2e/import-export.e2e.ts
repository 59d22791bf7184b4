import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, openApp, test } from './fixtures';
import { SAMPLE_EN, jsonFilesIn, namesOnDisk, sha256, workspaceFiles, workspaceTitle } from './helpers';

test('export a workspace as a download, import it back with the file chooser: a second workspace with the same content', async ({ page, host }, testInfo) => {
  await openApp(page, host);
  const row = page.getByRole('listitem', { name: SAMPLE_EN });
  const [original] = await workspaceFiles(host);
  expect(original!.json?.name).toBe(SAMPLE_EN);

  const downloading = page.waitForEvent('download');
  await row.getByRole('button', { name: 'Export' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`${SAMPLE_EN}.json`);
  const exported = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(exported);
  const exportedText = await readFile(exported, 'utf8');
  // The export holds the workspace file's content (the same JSON, pretty-printed as the file is).
  expect(JSON.parse(exportedText)).toEqual(original!.json);
  expect(exportedText).toContain('\n  "name": ');

  // Import it back through the "Import" button's file chooser.
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const chooser = await choosing;
  expect(chooser.isMultiple()).toBe(true);
  await chooser.setFiles(exported);
  await expect(page.getByRole('status').filter({ hasText: `Imported “${SAMPLE_EN}.json”.` })).toBeVisible();
  await expect(page.getByRole('listitem', { name: SAMPLE_EN })).toHaveCount(2);

  // On disk: two files, the same workspace under a new id.
  const files = await workspaceFiles(host);
  expect(files).toHaveLength(2);
  const copy = files.find((entry) => entry.file !== original!.file)!;
  expect(copy.json!.id).not.toBe(original!.json!.id);
  const { id: _copyId, ...copyRest } = copy.json as Record<string, unknown>;
  const { id: _originalId, ...originalRest } = original!.json as Record<string, unknown>;
  expect(copyRest).toEqual(originalRest);

  // The imported one opens.
  await page.getByRole('listitem', { name: SAMPLE_EN }).nth(1).getByRole('button', { name: 'Open' }).click();
  await expect(page.getByLabel('Client company')).toHaveValue('Nordvind Ventilation A/S');
});

test('importing a damaged file shows a translated error and writes nothing', async ({ page, host }) => {
  await openApp(page, host);
  await expect(page.getByRole('listitem', { name: SAMPLE_EN })).toBeVisible();
  const before = await Promise.all((await workspaceFiles(host)).map(async (entry) => `${entry.file}:${sha256(entry.text)}`));

  // The hidden input behind "Import", by its label.
  await page.getByLabel('Workspace file to import').setInputFiles({
    name: 'half.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"schemaVersion": 1, "name": "Half a wor'),
  });
  await expect(page.getByRole('status').filter({ hasText: '“half.json” is not a workspace file Samspil can import: The file ends too early' })).toBeVisible();

  await page.getByLabel('Workspace file to import').setInputFiles({
    name: 'shopping-list.json',
    mimeType: 'application/json',
    buffer: Buffer.from('["milk", "coffee"]'),
  });
  await expect(
    page.getByRole('status').filter({ hasText: '“shopping-list.json” is not a workspace file Samspil can import: The file holds JSON, but not a workspace.' }),
  ).toBeVisible();

  await expect(page.getByRole('listitem')).toHaveCount(1);
  const after = await Promise.all((await workspaceFiles(host)).map(async (entry) => `${entry.file}:${sha256(entry.text)}`));
  expect(after).toEqual(before);
  expect(await jsonFilesIn(host, 'trash')).toEqual([]);
});

test('dropping a workspace file onto the window imports it and opens it', async ({ page, host }) => {
  await openApp(page, host);
  const [sample] = await workspaceFiles(host);
  const workshop = { ...(sample!.json as Record<string, unknown>), name: 'Kick-off workshop', clientCompany: 'Havbrise Software ApS' };
  const text = JSON.stringify(workshop, null, 2);

  // A file as the operating system hands it over in a drag: made in the page.
  const dataTransfer = await page.evaluateHandle((content) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([content], 'kick-off.json', { type: 'application/json' }));
    return transfer;
  }, text);
  await page.dispatchEvent('main', 'dragenter', { dataTransfer });
  await expect(page.getByText('Drop a workspace file (.json) to import it')).toBeVisible();
  await page.dispatchEvent('main', 'dragover', { dataTransfer });
  await page.dispatchEvent('main', 'drop', { dataTransfer });
  await expect(page.getByText('Drop a workspace file (.json) to import it')).toBeHidden();

  await expect(workspaceTitle(page, 'Kick-off workshop')).toBeVisible();
  await expect(page.getByLabel('Client company')).toHaveValue('Havbrise Software ApS');
  await expect(page.getByRole('status').filter({ hasText: 'Imported “kick-off.json”.' })).toBeVisible();
  expect(await namesOnDisk(host)).toEqual(['Kick-off workshop', SAMPLE_EN].sort());

  await page.getByRole('link', { name: 'Workspaces' }).click();
  await expect(page.getByRole('listitem', { name: 'Kick-off workshop' })).toContainText('Havbrise Software ApS');
  const importedFile = (await jsonFilesIn(host, 'workspaces')).find((file) => file !== sample!.file)!;
  expect(JSON.parse(await readFile(join(host.dataDir, 'workspaces', importedFile), 'utf8'))).toMatchObject({ name: 'Kick-off workshop' });
});
