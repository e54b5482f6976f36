// One axe pass over a page: WCAG 2.2 AA plus the experimental label-in-name rule, because a cell
// whose accessible name disagrees with its text is what a screen reader user hears.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * The rules whose outcome depends on colours alone. A theme changes colours (and line widths) only,
 * so a page already checked with every rule in one theme needs just these in the others: the same
 * contrast failures are found at half the cost of a full analysis.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * Runs axe on the page (same-origin iframes included) and fails with one line per rule: id, node count,
 * examples. `rules` narrows the run to those rule ids (see COLOUR_RULES); by default every WCAG 2.2 AA rule.
 */
export async function expectNoViolations(
  page: Page,
  when = 'axe WCAG 2.2 AA violations',
  rules?: string[],
): Promise<void> {
  // Colours are judged once they have settled: a theme switch cross-fades text and fills, and axe
  // caught mid-fade measures colours no one sees for long (a 1.01:1 tab hint in one CI run).
  await page.evaluate(async () => {
    const finite = document
      .getAnimations()
      .filter((a) => Number.isFinite(a.effect?.getComputedTiming().endTime ?? Infinity));
    await Promise.all(finite.map((a) => a.finished.catch(() => undefined)));
  });
  // Legacy mode runs axe in the page itself instead of opening a blank page to merge frame results:
  // three times faster here, and the only frame tested (the embed preview) shares the app's origin.
  // resultTypes: every rule still runs on every node, but only violations are written out node by
  // node (passes keep one example each): half the time here, as axe no longer builds a selector and
  // an HTML excerpt for each of thousands of passing cells.
  const results = await new AxeBuilder({ page })
    .setLegacyMode(true)
    .options({
      resultTypes: ['violations'],
      ...(rules
        ? { runOnly: { type: 'rule', values: rules } }
        : {
            runOnly: { type: 'tag', values: WCAG_22_AA },
            rules: { 'label-content-name-mismatch': { enabled: true } },
          }),
    })
    .analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.nodes.length} nodes): ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(' | ')} — ${v.nodes[0]?.any[0]?.message ?? v.help}`,
  );
  expect(summary, when).toEqual([]);
}
