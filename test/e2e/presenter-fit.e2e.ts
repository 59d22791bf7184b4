import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';
import { callThroughHost, editThroughHost, PROJECTOR_SIZES, presenterMetrics, SAMPLE_EN, workspaceIdOf } from './helpers';

/**
 * The projector's frame (the kit's FitFrame around every step's presenter view) fills the screen:
 * it scales a view up as well as down, so the dominant text is at least 1/32 of the screen's
 * height where the content allows it, with no scrollbar and nothing cut off; long unbroken words
 * wrap inside their card instead of shrinking the whole wall.
 */

async function present(page: Page, workspaceId: string, hostUrl: string, stepTitle: string): Promise<void> {
  await page.goto(`${hostUrl}#/present/${workspaceId}`);
  await expect(page.getByRole('heading', { level: 1, name: stepTitle })).toBeVisible();
}

/** Moves the room to the agenda item of a step, through the host's API (as "Next step" does). */
async function showStep(page: Page, workspaceId: string, stepId: string): Promise<void> {
  const opened = await callThroughHost<{ workspace: { steps: { setup: { agenda: { id: string; stepId?: string }[] } } } }>(page, 'workspace.open', { workspaceId });
  const item = opened.workspace.steps.setup.agenda.find((entry) => entry.stepId === stepId)!;
  await editThroughHost(page, workspaceId, [{ type: 'set', path: ['session', 'currentItemId'], value: item.id }], { undoable: false });
}

async function expectFits(page: Page, label: string, floorOf: (height: number) => number): Promise<void> {
  for (const [width, height] of PROJECTOR_SIZES) {
    await page.setViewportSize({ width, height });
    await expect
      .poll(async () => {
        const { overflowX, overflowY, pageX, pageY, outside } = await presenterMetrics(page);
        return { overflowX, overflowY, pageX, pageY, outside };
      }, { message: `${label} at ${width}×${height}` })
      .toEqual({ overflowX: 0, overflowY: 0, pageX: 0, pageY: 0, outside: 0 });
    // The web fonts may arrive after the first fit (which then fits again): wait for the final one.
    await expect.poll(async () => (await presenterMetrics(page)).dominantPx, { message: `${label}: dominant text at ${width}×${height}` }).toBeGreaterThanOrEqual(floorOf(height));
    await page.screenshot({ path: test.info().outputPath(`${label.replace(/\W+/g, '-')}-${width}x${height}.png`) });
  }
}

test('the sample’s set-up and shared goal fill the projector: large text, no scrollbars, nothing cut off; axe finds nothing', async ({ page, host }) => {
  await openApp(page, host);
  await page.getByRole('listitem', { name: SAMPLE_EN }).getByRole('button', { name: 'Open' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Set-up' })).toBeVisible();
  const workspaceId = workspaceIdOf(page);

  await present(page, workspaceId, host.url, 'Set-up');
  // 1/32 of the screen's height: 22.5 px at 720p, 33.75 px at 1080p.
  await expectFits(page, 'set-up', (height) => height / 32);
  expect((await new AxeBuilder({ page }).analyze()).violations, 'set-up presenter').toEqual([]);

  await showStep(page, workspaceId, 'sharedGoal');
  await expect(page.getByRole('heading', { level: 1, name: 'Shared goal' })).toBeVisible();
  await expectFits(page, 'shared goal', (height) => height / 32);
  expect((await new AxeBuilder({ page }).analyze()).violations, 'shared goal presenter').toEqual([]);
});

test('a wall of 60 cards, one of them a single 300-letter word and one a long address, fits the projector; the long words wrap in their cards', async ({ page, host }) => {
  await openApp(page, host);
  await page.getByRole('listitem', { name: SAMPLE_EN }).getByRole('button', { name: 'Open' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Set-up' })).toBeVisible();
  const workspaceId = workspaceIdOf(page);
  const word = 'Æ'.repeat(300);
  const address = 'https://app-eu1.hubspot.com/contacts/144985207/objects/0-1/views/all/list?filters=lifecyclestage%3Dmarketingqualifiedlead%26hs_lead_status%3DNEW';
  const texts = ['Leads from the trade fair are never followed up', 'Marketing does not understand our products', 'We never hear why a lead was rejected'];
  const ops: unknown[] = [{ type: 'set', path: ['steps', 'currentState', 'cards'], value: [] }];
  for (let i = 0; i < 60; i += 1) {
    const text = i === 7 ? word : i === 23 ? address : `${texts[i % texts.length]} (${i + 1})`;
    ops.push({ type: 'insert', path: ['steps', 'currentState', 'cards'], value: { id: `c${i}`, columnId: ['sales-on-marketing', 'marketing-on-sales', 'what-works'][i % 3], text, themeId: null, votes: i % 7 === 0 ? 1 : 0 } });
  }
  await editThroughHost(page, workspaceId, ops);
  await showStep(page, workspaceId, 'currentState');
  await present(page, workspaceId, host.url, 'Current state');
  await expect(page.locator('.present-card')).toHaveCount(60);
  // Sixty cards and a word of 300 letters are a lot of text: the floor for them is 1/58 of the
  // height (12.4 px at 720p, 18.6 px at 1080p), what that much text allows. Without the wrapping,
  // the one long word would shrink the whole wall far below it.
  await expectFits(page, 'wall of 60 cards', (height) => height / 58);
  for (const text of [word, address]) {
    const card = page.locator('.present-card', { hasText: text.slice(0, 40) });
    const overflow = await card.evaluate((element) => ({ x: element.scrollWidth - element.clientWidth, width: element.getBoundingClientRect().width }));
    expect(overflow.x, 'the long word stays inside its card').toBeLessThanOrEqual(1);
  }
  expect((await new AxeBuilder({ page }).analyze()).violations, 'wall presenter').toEqual([]);
});

test('a step shown again fits as it did; a view that changed while not shown is measured again and still fits (the fits the projector remembers are never stale)', async ({ page, host }) => {
  await openApp(page, host);
  await page.getByRole('listitem', { name: SAMPLE_EN }).getByRole('button', { name: 'Open' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Set-up' })).toBeVisible();
  const workspaceId = workspaceIdOf(page);
  await page.setViewportSize({ width: 1280, height: 720 });
  await present(page, workspaceId, host.url, 'Set-up');
  await expect(page.locator('.present-agenda li').first()).toBeVisible();
  const scale = () => page.locator('.presenter__fit').evaluate((element) => Number((element as HTMLElement).style.getPropertyValue('--fit')));
  const fitsWhole = async () => {
    const { overflowX, overflowY, pageX, pageY, outside } = await presenterMetrics(page);
    return { overflowX, overflowY, pageX, pageY, outside };
  };
  const whole = { overflowX: 0, overflowY: 0, pageX: 0, pageY: 0, outside: 0 };
  await expect.poll(fitsWhole).toEqual(whole);
  const setupScale = await scale();
  // A short agenda is scaled up to fill the projector.
  expect(setupScale).toBeGreaterThan(1);

  await showStep(page, workspaceId, 'currentState');
  await expect(page.getByRole('heading', { level: 1, name: 'Current state' })).toBeVisible();
  await expect.poll(fitsWhole).toEqual(whole);
  const wallScale = await scale();

  await showStep(page, workspaceId, 'setup');
  await expect(page.getByRole('heading', { level: 1, name: 'Set-up' })).toBeVisible();
  await expect(page.locator('.present-agenda li').first()).toBeVisible();
  expect(await scale(), 'the set-up again, at the scale it had').toBe(setupScale);
  await expect.poll(fitsWhole).toEqual(whole);

  // Forty more cards on the wall while the room looks at the set-up: the wall is measured again.
  await editThroughHost(
    page,
    workspaceId,
    Array.from({ length: 40 }, (_, i) => ({
      type: 'insert',
      path: ['steps', 'currentState', 'cards'],
      value: { id: `more-${i}`, columnId: 'sales-on-marketing', text: `Another thing the room wrote on the wall, number ${i + 1}`, themeId: null, votes: 0 },
    })),
  );
  await showStep(page, workspaceId, 'currentState');
  await expect(page.getByRole('heading', { level: 1, name: 'Current state' })).toBeVisible();
  await expect(page.locator('.present-card', { hasText: 'number 40' })).toBeVisible();
  await expect.poll(fitsWhole).toEqual(whole);
  expect(await scale(), 'forty more cards are drawn smaller').toBeLessThan(wallScale);
});
