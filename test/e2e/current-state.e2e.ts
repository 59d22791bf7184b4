import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';
import { editThroughHost, SAMPLE_EN, workspaceIdOf } from './helpers';

/** Creates a workspace from the home screen and lands on its set-up. */
async function newWorkshop(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'New workspace' }).click();
  const dialog = page.getByRole('dialog', { name: 'New workspace' });
  await dialog.getByLabel('Workspace name').fill('Blame wall');
  await dialog.getByLabel('Client company').fill('Havbrise Software ApS');
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Set-up' })).toBeVisible();
  return workspaceIdOf(page);
}

async function goToCurrentState(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Workshop steps' }).getByRole('button', { name: /Current state/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Current state' })).toBeVisible();
}

const SALES = 'What sales says about marketing';
const MARKETING = 'What marketing says about sales';

/** A column of the wall, or a theme: each is a region named by its title. */
const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const card = (scope: Page | Locator, text: string) => scope.getByRole('listitem', { name: text, exact: true });
const liveRegion = (page: Page) => page.locator('[id^="DndLiveRegion"]');

/** Drags with the mouse as a person does: press on the handle, move in steps, release. */
async function drag(page: Page, handle: Locator, target: Locator): Promise<void> {
  await handle.scrollIntoViewIfNeeded();
  const from = (await handle.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 10, from.y + from.height / 2 + 10, { steps: 3 });
  await target.scrollIntoViewIfNeeded();
  const to = (await target.boundingBox())!;
  await page.mouse.move(to.x + to.width / 2, to.y + Math.min(to.height / 2, 40), { steps: 12 });
  await page.mouse.move(to.x + to.width / 2, to.y + Math.min(to.height / 2, 40) + 2, { steps: 2 });
  await page.mouse.up();
}

/** Presses arrow keys (down first, then across) until the live region says `phrase`. */
async function moveByKeyboardUntil(page: Page, phrase: string): Promise<void> {
  for (const key of ['ArrowDown', 'ArrowLeft', 'ArrowRight', 'ArrowUp']) {
    for (let i = 0; i < 8; i += 1) {
      if (((await liveRegion(page).textContent()) ?? '').includes(phrase)) return;
      await page.keyboard.press(key);
    }
  }
}

test('a facilitator builds the blame wall by mouse and by keyboard: cards, themes, votes, problems; the presenter shows it; a reload keeps it', async ({ page, host, context }) => {
  await page.setViewportSize({ width: 1600, height: 1000 });
  await openApp(page, host);
  const workspaceId = await newWorkshop(page);

  // Two participants, so that the room has 2 × 3 = 6 dots.
  const form = page.getByRole('form', { name: 'Add a participant' });
  for (const name of ['Mette Kjærgaard', 'Jens Østergaard']) {
    await form.getByLabel("New participant's name").fill(name);
    await form.getByLabel("New participant's name").press('Enter');
  }
  await expect(page.getByRole('heading', { name: 'Participants (2)' })).toBeVisible();
  await goToCurrentState(page);
  await expect(page.getByText('6 dots in all (2 participants × 3): 0 placed, 6 left.')).toBeVisible();

  // Cards: type and press Enter; the field empties and keeps the focus for the next card.
  const salesInput = page.getByLabel(`New card in “${SALES}”`);
  for (const text of ['The leads are poor', 'The brochures are outdated', 'We never hear about campaigns']) {
    await salesInput.fill(text);
    await salesInput.press('Enter');
    await expect(salesInput).toHaveValue('');
    await expect(salesInput).toBeFocused();
  }
  const marketingInput = page.getByLabel(`New card in “${MARKETING}”`);
  await marketingInput.click();
  await page.keyboard.type('Leads from the fair are never followed up');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Nobody knows what happens to a lead');
  await page.keyboard.press('Enter');
  await expect(card(region(page, SALES), 'The leads are poor')).toBeVisible();
  await expect(region(page, MARKETING).getByRole('listitem')).toHaveCount(2);

  // Edit in place: the text is a field where it stands; Enter finishes.
  const text = card(page, 'The brochures are outdated').getByLabel('Card text');
  await text.click();
  // (The card is named by its text, so the locator above stops matching as the text changes.)
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('The brochures show last year’s range');
  await page.keyboard.press('Enter');
  await expect(card(page, 'The brochures show last year’s range')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Move card “The brochures show last year’s range”' })).toBeFocused();

  // Delete, with undo (Ctrl+Z, and the notice's Undo).
  await page.getByRole('button', { name: 'Delete card “We never hear about campaigns”' }).click();
  await expect(card(page, 'We never hear about campaigns')).toHaveCount(0);
  await expect(page.getByRole('status').getByText('Card “We never hear about campaigns” deleted.')).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(card(page, 'We never hear about campaigns')).toBeVisible();
  await page.getByRole('button', { name: 'Delete card “We never hear about campaigns”' }).click();
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).last().click();
  await expect(card(page, 'We never hear about campaigns')).toBeVisible();

  // A theme by its name, then a card into it with the mouse.
  await page.getByLabel('Name of a new theme').fill('Lead follow-up');
  await page.getByLabel('Name of a new theme').press('Enter');
  const followUp = region(page, 'Lead follow-up');
  await expect(followUp).toBeVisible();
  await drag(page, page.getByRole('button', { name: 'Move card “Leads from the fair are never followed up”' }), followUp);
  await expect(card(followUp, 'Leads from the fair are never followed up')).toBeVisible();
  await expect(card(region(page, MARKETING), 'Leads from the fair are never followed up')).toHaveCount(0);

  // A new theme by dropping a card on "New theme"; its name field takes the focus.
  await drag(page, page.getByRole('button', { name: 'Move card “The brochures show last year’s range”' }), page.getByText('New theme: drop a card here'));
  const unnamed = region(page, 'Unnamed theme');
  await expect(card(unnamed, 'The brochures show last year’s range')).toBeVisible();
  await expect(unnamed.getByLabel('Theme name')).toBeFocused();
  await page.keyboard.type('Sales material');
  await expect(region(page, 'Sales material')).toBeVisible();

  // The keyboard: Space on a card's handle picks it up, the arrows move it, Space drops it.
  const handle = page.getByRole('button', { name: 'Move card “Nobody knows what happens to a lead”' });
  await handle.focus();
  await page.keyboard.press('Space');
  await expect(liveRegion(page)).toHaveText('Picked up card “Nobody knows what happens to a lead”.');
  // Down towards the themes, then sideways to the one wanted (where it lands depends on the layout).
  await moveByKeyboardUntil(page, 'is over theme “Lead follow-up”');
  await expect(liveRegion(page)).toHaveText('Card “Nobody knows what happens to a lead” is over theme “Lead follow-up”.');
  await page.keyboard.press('Space');
  await expect(liveRegion(page)).toHaveText('Card “Nobody knows what happens to a lead” was dropped in theme “Lead follow-up”.');
  await expect(card(followUp, 'Nobody knows what happens to a lead')).toBeVisible();
  // Focus follows the card to its new place.
  await expect(page.getByRole('button', { name: 'Move card “Nobody knows what happens to a lead”' })).toBeFocused();
  // Escape cancels a move.
  await page.keyboard.press('Space');
  await expect(liveRegion(page)).toHaveText('Picked up card “Nobody knows what happens to a lead”.');
  await page.keyboard.press('ArrowUp');
  await expect(liveRegion(page)).toHaveText(/is over/);
  await page.keyboard.press('Escape');
  await expect(liveRegion(page)).toHaveText('Moving was cancelled: card “Nobody knows what happens to a lead” is back where it was.');
  await expect(card(followUp, 'Nobody knows what happens to a lead')).toBeVisible();

  // The plain keyboard path: a card's "Move to theme…" list.
  await page.getByLabel('Move “The leads are poor” to a theme').selectOption({ label: 'Lead follow-up' });
  await expect(card(followUp, 'The leads are poor')).toBeVisible();
  await expect(page.getByLabel('Move “The leads are poor” to a theme')).toBeFocused();
  await expect(followUp.getByRole('listitem')).toHaveCount(3);

  // Dot voting: 6 dots, on themes and cards, never more.
  await page.getByRole('button', { name: 'Add a vote to “Lead follow-up”' }).click();
  await page.getByRole('button', { name: 'Add a vote to “Lead follow-up”' }).click();
  await page.getByRole('button', { name: 'Add a vote to “The leads are poor”' }).click();
  await page.getByRole('button', { name: 'Add a vote to “Sales material”' }).click();
  await page.getByRole('button', { name: 'Add a vote to “We never hear about campaigns”' }).click();
  await page.getByRole('button', { name: 'Add a vote to “Nobody knows what happens to a lead”' }).click();
  await expect(page.getByText('6 dots in all (2 participants × 3): 6 placed, 0 left.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add a vote to “Lead follow-up”' })).toBeDisabled();
  await page.getByRole('button', { name: 'Remove a vote from “We never hear about campaigns”' }).click();
  await expect(page.getByRole('button', { name: 'Remove a vote from “We never hear about campaigns”' })).toBeDisabled();
  await expect(page.getByText('6 dots in all (2 participants × 3): 5 placed, 1 left.')).toBeVisible();
  // The theme counts its own dots and its cards': 2 + 1 + 1 = 4.
  await expect(followUp.getByText('4 votes')).toBeAttached();
  // More dots per participant.
  await page.getByLabel('Dots per participant').fill('4');
  await expect(page.getByText('8 dots in all (2 participants × 4): 5 placed, 3 left.')).toBeVisible();

  // The top theme is a problem this playbook must solve.
  await followUp.getByRole('checkbox', { name: 'A problem this playbook must solve' }).check();
  const problems = page.getByRole('region', { name: /Problems this playbook must solve/ });
  await expect(problems.getByRole('listitem')).toHaveText(['Lead follow-up 4 votes']);

  // Sorted by votes: the cards with votes come first (stable among equals).
  const order = () => followUp.getByRole('listitem').evaluateAll((items) => items.map((item) => item.getAttribute('aria-label')));
  expect(await order()).toEqual(['The leads are poor', 'Leads from the fair are never followed up', 'Nobody knows what happens to a lead']);
  await page.getByLabel('Sort by votes').check();
  await expect.poll(order).toEqual(['The leads are poor', 'Nobody knows what happens to a lead', 'Leads from the fair are never followed up']);

  // The room's view: a second page on the presenter address.
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  const presenter = await context.newPage();
  await presenter.goto(`${host.url}#/present/${workspaceId}`);
  await expect(presenter.getByRole('heading', { level: 1, name: 'Current state' })).toBeVisible();
  await expect(presenter.getByRole('heading', { level: 2, name: /Lead follow-up/ })).toContainText('4 votes');
  await expect(presenter.getByRole('heading', { level: 2, name: /Lead follow-up/ })).toContainText('Must be solved');
  await expect(presenter.getByRole('listitem').filter({ hasText: 'The leads are poor' })).toContainText('1 vote');
  await expect(presenter.getByRole('heading', { level: 2, name: SALES })).toBeVisible();
  await expect(presenter.getByText('5 of 8 dots placed')).toBeVisible();
  await expect(presenter.getByRole('button')).toHaveCount(0);
  await expect(presenter.getByRole('textbox')).toHaveCount(0);
  await expect(presenter.getByRole('combobox')).toHaveCount(0);
  // It follows live.
  await page.getByRole('button', { name: 'Add a vote to “Sales material”' }).click();
  await expect(presenter.getByRole('heading', { level: 2, name: /Sales material/ })).toContainText('2 votes');

  // A reload keeps everything.
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: 'Current state' })).toBeVisible();
  await expect(card(region(page, 'Lead follow-up'), 'Nobody knows what happens to a lead')).toBeVisible();
  await expect(card(region(page, 'Sales material'), 'The brochures show last year’s range')).toBeVisible();
  await expect(card(region(page, SALES), 'We never hear about campaigns')).toBeVisible();
  await expect(page.getByText('8 dots in all (2 participants × 4): 6 placed, 2 left.')).toBeVisible();
  await expect(region(page, 'Lead follow-up').getByRole('checkbox', { name: 'A problem this playbook must solve' })).toBeChecked();
  await expect(page.getByLabel('Dots per participant')).toHaveValue('4');
});

test('columns: rename, add and remove; a column with cards goes only with its cards moved', async ({ page, host }) => {
  await openApp(page, host);
  await newWorkshop(page);
  await goToCurrentState(page);
  await page.getByRole('button', { name: 'Add column' }).click();
  const title = region(page, 'New column').getByLabel('Column title');
  await expect(title).toBeFocused();
  await title.press('ControlOrMeta+a');
  await page.keyboard.type('What leadership says');
  await page.keyboard.press('Enter');
  const leadership = region(page, 'What leadership says');
  // Enter on the title goes on to the column's first card.
  await expect(leadership.getByLabel('New card in “What leadership says”')).toBeFocused();
  await page.keyboard.type('We need one number for both teams');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Remove column “What leadership says”' }).click();
  const dialog = page.getByRole('dialog', { name: 'Remove column “What leadership says”?' });
  await expect(dialog).toContainText('It holds 1 card.');
  await dialog.getByLabel('Move the cards to').selectOption({ label: 'What already works' });
  await dialog.getByRole('button', { name: 'Move the cards and remove the column' }).click();
  await expect(leadership).toHaveCount(0);
  await expect(card(region(page, 'What already works'), 'We need one number for both teams')).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(region(page, 'What leadership says')).toBeVisible();
});

test('axe finds nothing on the wall, light and dark, nor on the projected wall in both projector themes', async ({ page, host }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openApp(page, host);
  await page.getByRole('listitem', { name: SAMPLE_EN }).getByRole('button', { name: 'Open' }).click();
  await goToCurrentState(page);
  const workspaceId = workspaceIdOf(page);
  await expect(region(page, 'Following up leads')).toBeVisible();
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations, `wall, ${colorScheme}`).toEqual([]);
  }

  // A card picked up by the keyboard: the live region and instructions pass too.
  await page.getByRole('button', { name: /^Move card/ }).first().focus();
  await page.keyboard.press('Space');
  expect((await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()).violations, 'while dragging').toEqual([]);
  await page.keyboard.press('Escape');

  const presenterAxe = () => new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag2aaa']).analyze();
  await page.goto(`${host.url}#/present/${workspaceId}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Current state' })).toBeVisible();
  await page.setViewportSize({ width: 1920, height: 1080 });
  expect((await presenterAxe()).violations, 'presenter, dark').toEqual([]);

  await page.goto(`${host.url}#/w/${workspaceId}`);
  await page.getByLabel('Projector', { exact: true }).selectOption('light');
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  await page.goto(`${host.url}#/present/${workspaceId}`);
  await expect(page.locator('.presenter--light')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Current state' })).toBeVisible();
  expect((await presenterAxe()).violations, 'presenter, light').toEqual([]);
});

test('60 cards fit the projector at 1280×720 and 1920×1080: no scrollbars, every card on screen', async ({ page, host }) => {
  await openApp(page, host);
  const workspaceId = await newWorkshop(page);
  await goToCurrentState(page);

  // Sixty cards of a busy wall, four themes, votes: sent through the host's API in one edit.
  const phrases = [
    'Leads from the trade fair are never followed up',
    'Marketing does not understand our technical products',
    'Sales only want to call existing customers',
    'The brochures still show last year’s range and the old prices',
    'We never hear why a lead was rejected',
    'Webinars bring many sign-ups but hardly any buyers',
    'The CRM is not kept up to date',
    'A lead is just a name and an email address',
  ];
  const columns = ['sales-on-marketing', 'marketing-on-sales', 'what-works'];
  const themes = ['Follow-up', 'Lead quality', 'Goals and measurement', 'Material'];
  const ops: unknown[] = themes.map((name, i) => ({
    type: 'insert',
    path: ['steps', 'currentState', 'themes'],
    value: { id: `t${i}`, name, votes: i, problem: i < 2, answeredBy: [] },
  }));
  for (let i = 0; i < 60; i += 1) {
    ops.push({
      type: 'insert',
      path: ['steps', 'currentState', 'cards'],
      value: {
        id: `c${i}`,
        columnId: columns[i % 3],
        text: `${phrases[i % phrases.length]} (${i + 1})`,
        themeId: i < 24 ? `t${i % 4}` : null,
        votes: i % 5 === 0 ? 2 : 0,
      },
    });
  }
  await editThroughHost(page, workspaceId, ops);
  await expect(page.getByRole('listitem', { name: 'Leads from the trade fair are never followed up (57)' })).toBeVisible();

  await page.goto(`${host.url}#/present/${workspaceId}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Current state' })).toBeVisible();
  await expect(page.locator('.present-card')).toHaveCount(60);
  for (const [width, height, minFont] of [
    // Smaller than the set-up's 28 px: sixty cards are a lot of words. Still read from a few metres.
    [1280, 720, 11],
    [1920, 1080, 16],
  ] as const) {
    await page.setViewportSize({ width, height });
    await expect
      .poll(async () =>
        page.evaluate(() => {
          const root = document.querySelector('.presenter')!;
          const groups = document.querySelector('.present-wall__groups')!.getBoundingClientRect();
          const offscreen = Array.from(document.querySelectorAll('.present-card')).filter((element) => {
            const box = element.getBoundingClientRect();
            return box.right > groups.right + 1 || box.bottom > groups.bottom + 1 || box.bottom > window.innerHeight || box.right > window.innerWidth;
          }).length;
          return {
            overflowY: root.scrollHeight - root.clientHeight,
            overflowX: root.scrollWidth - root.clientWidth,
            pageY: Math.max(0, document.documentElement.scrollHeight - window.innerHeight),
            pageX: Math.max(0, document.documentElement.scrollWidth - window.innerWidth),
            offscreen,
          };
        }),
      )
      .toEqual({ overflowY: 0, overflowX: 0, pageY: 0, pageX: 0, offscreen: 0 });
    const fontSize = await page.locator('.present-card').first().evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
    expect(fontSize, `${width}×${height}`).toBeGreaterThanOrEqual(minFont);
    await page.screenshot({ path: test.info().outputPath(`presenter-60-cards-${width}x${height}.png`) });
  }
});
