import type { Locator, Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';
import { SAMPLE_EN } from './helpers';

/** The element that has the keyboard focus. */
const focused = (page: Page) => page.locator(':focus');

/**
 * Types at the end of `field`, presses Ctrl+Z, and sees the field show the document's text again
 * while it still has the focus: the field and the document agree at every moment, not only once
 * the field is left (issue 11).
 */
async function typeThenUndo(page: Page, field: Locator, label: string, typed: string): Promise<void> {
  const before = await field.inputValue();
  await field.click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(typed);
  await expect(focused(page)).toHaveValue(`${before}${typed}`);
  await page.keyboard.press('Control+z');
  await expect(focused(page)).toHaveAttribute('aria-label', label);
  await expect(focused(page)).toHaveValue(before);
  // Redo brings the typing back, still in the focused field.
  await page.keyboard.press('Control+Shift+z');
  await expect(focused(page)).toHaveValue(`${before}${typed}`);
}

test('Ctrl+Z while typing in a wall card, a theme name or the notes: the focused field shows the undone text at once', async ({ page, host }) => {
  await page.setViewportSize({ width: 1600, height: 1000 });
  await openApp(page, host);
  await page.getByRole('listitem', { name: SAMPLE_EN }).getByRole('button', { name: 'Open' }).click();
  await page.getByRole('navigation', { name: 'Workshop steps' }).getByRole('button', { name: /Current state/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Current state' })).toBeVisible();

  // A card on the wall (an InlineText that may not be left empty).
  await typeThenUndo(page, page.getByLabel('Card text').first(), 'Card text', ' (asked twice)');
  // A theme's name (an InlineText that may be empty).
  await typeThenUndo(page, page.getByLabel('Theme name').first(), 'Theme name', ' og mere');

  // The facilitator's notes beside the step (a labelled text area of the kit).
  const notes = page.getByLabel('Facilitator notes (private)');
  const before = await notes.inputValue();
  await notes.click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(' Husk SLA-aftalen.');
  await expect(notes).toHaveValue(`${before} Husk SLA-aftalen.`);
  await page.keyboard.press('Control+z');
  await expect(notes).toBeFocused();
  await expect(notes).toHaveValue(before);
});

test('Ctrl+Z while typing a number: the goal’s target and an agenda item’s minutes show the undone value at once, still focused', async ({ page, host }) => {
  await page.setViewportSize({ width: 1600, height: 1000 });
  await openApp(page, host);
  await page.getByRole('listitem', { name: SAMPLE_EN }).getByRole('button', { name: 'Open' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Set-up' })).toBeVisible();

  // A whole number of the kit (NumberField): 30 minutes becomes 45, then back.
  const minutes = page.getByLabel('Minutes for Current state');
  const before = await minutes.inputValue();
  await minutes.fill('45');
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  await expect(minutes).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(minutes).toBeFocused();
  await expect(minutes).toHaveValue(before);

  // The goal's amount, shown formatted when left: typed as 13000000, undone to 12,000,000 at once.
  await page.getByRole('navigation', { name: 'Workshop steps' }).getByRole('button', { name: /Shared goal/ }).click();
  const target = page.getByLabel('Revenue target');
  await expect(target).toHaveValue('12,000,000');
  await target.fill('13000000');
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  await expect(target).toHaveValue('13000000');
  await page.keyboard.press('Control+z');
  await expect(target).toBeFocused();
  await expect(target).toHaveValue('12,000,000');
});
