import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * What axe finds on the page: WCAG 2.1 A and AA, every rule axe has for them (none disabled),
 * and any further rules named (e.g. 'page-has-heading-one', a best practice).
 */
export async function violations(page: Page, alsoRules: string[] = []): Promise<string[]> {
  const wcag = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const extra = alsoRules.length > 0 ? (await new AxeBuilder({ page }).withRules(alsoRules).analyze()).violations : [];
  return [...wcag.violations, ...extra].map(
    (violation) =>
      `${violation.id} (${violation.impact ?? 'unknown'}): ${violation.help}\n` +
      violation.nodes.map((node) => `    ${node.target.join(' ')}: ${node.failureSummary ?? ''}`.replace(/\n/g, ' ')).join('\n'),
  );
}
