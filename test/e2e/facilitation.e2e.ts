import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';
import { workspaceIdOf } from './helpers';
import { readmePicture } from './readme-pictures';

/** Creates a workspace from the home screen and lands on its first step (the set-up). */
async function newWorkshop(page: Page, name: string, client: string): Promise<string> {
  await page.getByRole('button', { name: 'New workspace' }).click();
  const dialog = page.getByRole('dialog', { name: 'New workspace' });
  await dialog.getByLabel('Workspace name').fill(name);
  await dialog.getByLabel('Client company').fill(client);
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Set-up' })).toBeVisible();
  return workspaceIdOf(page);
}

const PEOPLE = [
  ['Mette Kjærgaard', 'Administrerende direktør', 'Leadership'],
  ['Jens Østergaard', 'Salgsdirektør', 'Sales'],
  ['Line Bøgh', 'Key Account Manager', 'Sales'],
  ['Sofie Lærke Andersen', 'Marketingchef', 'Marketing'],
  ['Ahmed Haddad', 'Digital marketing', 'Marketing'],
  ['Karen Søndergaard', 'Indhold', 'Marketing'],
] as const;

/** Adds participants from the keyboard only: type, Tab, type, Tab, choose the team, Enter. */
async function addParticipantsByKeyboard(page: Page): Promise<void> {
  const form = page.getByRole('form', { name: 'Add a participant' });
  for (const [name, title, team] of PEOPLE) {
    await form.getByLabel("New participant's name").focus();
    await page.keyboard.type(name);
    await page.keyboard.press('Tab');
    await page.keyboard.type(title);
    await page.keyboard.press('Tab');
    await form.getByLabel('Their team').selectOption({ label: team });
    await form.getByLabel("New participant's name").press('Enter');
    await expect(form.getByLabel("New participant's name")).toHaveValue('');
    await expect(form.getByLabel("New participant's name")).toBeFocused();
  }
}

test('a facilitator sets up a workshop: six participants from the keyboard, an agenda with a break, a time plan', async ({ page, host }) => {
  await openApp(page, host);
  const workspaceId = await newWorkshop(page, 'Kick-off', 'Havbrise Software ApS');
  await addParticipantsByKeyboard(page);
  await expect(page.getByRole('heading', { name: 'Participants (6)' })).toBeVisible();

  // Reorder and remove by keyboard-reachable buttons.
  await page.getByRole('button', { name: 'Move Jens Østergaard up' }).click();
  await page.getByRole('button', { name: 'Remove Karen Søndergaard' }).click();
  await expect(page.getByRole('heading', { name: 'Participants (5)' })).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('heading', { name: 'Participants (6)' })).toBeVisible();

  // The agenda: add a break, give it a name and 15 minutes, see the plan and the overrun warning.
  await page.getByRole('button', { name: 'Add agenda item' }).click();
  // A new workspace's agenda: the nine steps' typical timeboxes (30 + 60 + 75 + 60 + 60 + 45 + 30
  // + 30 + 30 = 420 minutes) and the break's 15.
  await expect(page.getByText('In all 7 h 15 min, ending at 16:15.')).toBeVisible();
  await page.getByLabel('Must end by').fill('16:00');
  await expect(page.getByText('The plan runs 15 minutes past 16:00.')).toBeVisible();
  await page.getByRole('checkbox', { name: 'Include Break in the agenda' }).uncheck();
  await expect(page.getByText('In all 7 hours, ending at 16:00.')).toBeVisible();
  await expect(page.getByText('The plan runs')).toHaveCount(0);

  // Invalid minutes stay in the field with a message and are not saved.
  const minutes = page.getByLabel('Minutes for Set-up');
  await minutes.fill('-5');
  await expect(page.getByText('A whole number of minutes, 0 to 1440.')).toBeVisible();
  await minutes.fill('40');
  await expect(page.getByText('In all 7 h 10 min, ending at 16:10.')).toBeVisible();

  // Everything survives a reload.
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Participants (6)' })).toBeVisible();
  const names = page.getByRole('list').filter({ has: page.getByRole('listitem', { name: 'Mette Kjærgaard' }) }).getByRole('listitem');
  await expect(names.first()).toHaveAccessibleName('Jens Østergaard');
  expect(workspaceId).toBeTruthy();
});

test('the presenter view follows the facilitator live, shows the timer, and never the notes', async ({ page, host, context }) => {
  await openApp(page, host);
  await page.getByRole('listitem', { name: 'Sales and marketing alignment workshop (sample)' }).getByRole('button', { name: 'Open' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Set-up' })).toBeVisible();
  const workspaceId = workspaceIdOf(page);

  // "Present" in the browser host opens the presenter in a window of its own.
  const [presenter] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Present' }).click()]);
  await expect(presenter).toHaveURL(new RegExp(`#/present/${workspaceId}$`));
  await expect(presenter.getByRole('heading', { level: 1, name: 'Set-up' })).toBeVisible();
  await expect(presenter.getByRole('button')).toHaveCount(0);
  await expect(presenter.getByRole('textbox')).toHaveCount(0);

  const secret = 'Husk: Jens og Sofie er uenige om budgettet — tag det i pausen';
  await page.getByLabel('Facilitator notes (private)').fill(secret);
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Next step', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Current state' })).toBeVisible();
  await expect(presenter.getByRole('heading', { level: 1, name: 'Current state' })).toBeVisible();

  await page.getByRole('button', { name: 'Start timer' }).click();
  await expect(presenter.getByText(/^Time left:\s*(59|60):\d\d$/)).toBeVisible();
  await page.getByRole('button', { name: 'Pause timer' }).click();
  await expect(page.getByText(/paused/)).toBeVisible();

  // Back to the set-up, by the side navigation: the room follows; progress is recorded.
  await page.getByRole('navigation', { name: 'Workshop steps' }).getByRole('button', { name: /Set-up/ }).click();
  await expect(presenter.getByRole('heading', { level: 1, name: 'Set-up' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Workshop steps' }).getByRole('button', { name: /Current state.*in progress/ })).toBeVisible();

  // Blank the projector with B, show it again with B.
  await page.getByRole('heading', { level: 2 }).click();
  await page.keyboard.press('b');
  await expect(presenter.getByRole('heading', { level: 1, name: 'The projection is blanked' })).toBeAttached();
  await expect(presenter.getByText('Nordvind Ventilation A/S')).toHaveCount(0);
  await page.keyboard.press('b');
  await expect(presenter.getByRole('heading', { level: 1, name: 'Set-up' })).toBeVisible();

  // The notes were never on the projector, and the timer state survives a reload.
  expect(await presenter.content()).not.toContain('budgettet');
  await page.reload();
  await page.getByRole('navigation', { name: 'Workshop steps' }).getByRole('button', { name: /Current state/ }).click();
  await expect(page.getByText(/paused/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start timer' })).toBeVisible();
});

test('the presenter view has no scrollbars from 1280×720 to 3840×2160, with large text at 1080p', async ({ page, host }) => {
  await openApp(page, host);
  await page.getByRole('listitem', { name: 'Sales and marketing alignment workshop (sample)' }).getByRole('button', { name: 'Open' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Set-up' })).toBeVisible();
  const workspaceId = workspaceIdOf(page);
  await page.goto(`${host.url}#/present/${workspaceId}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Set-up' })).toBeVisible();
  // The step's own view loads after the title: measure it once it is there.
  await expect(page.getByRole('region', { name: 'Agenda' }).getByRole('listitem').first()).toBeVisible();
  for (const [width, height] of [
    [1280, 720],
    [1366, 768],
    [1920, 1080],
    [2560, 1440],
    [3840, 2160],
  ] as const) {
    await page.setViewportSize({ width, height });
    const size = await page.evaluate(() => {
      const root = document.querySelector('.presenter')!;
      return {
        overflowY: root.scrollHeight - root.clientHeight,
        overflowX: root.scrollWidth - root.clientWidth,
        pageY: document.documentElement.scrollHeight - window.innerHeight,
        fontSize: parseFloat(getComputedStyle(root.querySelector('.present-agenda li')!).fontSize),
      };
    });
    expect(size, `${width}×${height}`).toMatchObject({ overflowY: 0, overflowX: 0 });
    expect(size.pageY, `${width}×${height}`).toBeLessThanOrEqual(0);
    if (width === 1920) expect(size.fontSize).toBeGreaterThanOrEqual(28);
  }
});

test('axe finds nothing on the set-up step and on the presenter view, light and dark; screenshots for the README', async ({ page, host }) => {
  await openApp(page, host);
  await page.getByRole('listitem', { name: 'Sales and marketing alignment workshop (sample)' }).getByRole('button', { name: 'Open' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Set-up' })).toBeVisible();
  const workspaceId = workspaceIdOf(page);
  const axe = () => new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect((await axe()).violations, `set-up, ${colorScheme}`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.screenshot({ path: readmePicture('facilitator.png') });

  await page.goto(`${host.url}#/present/${workspaceId}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Set-up' })).toBeVisible();
  await page.setViewportSize({ width: 1920, height: 1080 });
  const presenterAxe = () => new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag2aaa']).analyze();
  expect((await presenterAxe()).violations, 'presenter, dark').toEqual([]);
  await page.screenshot({ path: readmePicture('presenter.png') });

  // The light projector theme, chosen on the facilitator's laptop, is held to AAA contrast too.
  await page.goto(`${host.url}#/w/${workspaceId}`);
  await page.getByLabel('Projector', { exact: true }).selectOption('light');
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  await page.goto(`${host.url}#/present/${workspaceId}`);
  await expect(page.locator('.presenter--light')).toBeVisible();
  expect((await presenterAxe()).violations, 'presenter, light').toEqual([]);
});
