/**
 * axe-core in a playwright page: the npm package's axe.min.js is injected into the page (no network) and
 * run on the document as it stands, with the WCAG 2.0 and 2.1 A and AA rules and axe's best practices.
 */
import type { Page } from 'playwright-core';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

interface AxeWindow {
  axe?: {
    run(
      context: Document,
      options: unknown,
    ): Promise<{ violations: AxeViolation[]; passes: unknown[]; testEngine: { version: string } }>;
  };
}

/** axe's violations on the page as it stands, and how many rules passed (none passing means axe saw nothing). */
export async function axeCheck(page: Page): Promise<{ violations: AxeViolation[]; passes: number }> {
  if (!(await page.evaluate(() => typeof (window as AxeWindow).axe === 'object')))
    await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  return page.evaluate(async (tags) => {
    const result = await (window as AxeWindow).axe!.run(document, {
      runOnly: { type: 'tag', values: tags },
      // Passing rules keep one example node each: faster on a page of a thousand elements.
      resultTypes: ['violations'],
    });
    return { violations: result.violations, passes: result.passes.length };
  }, AXE_TAGS);
}

/** One violation as a few readable lines: rule, impact, and the first elements with what is wrong. */
export function describeViolation(violation: AxeViolation): string {
  const nodes = violation.nodes
    .slice(0, 5)
    .map((node) => `    ${JSON.stringify(node.target)} ${node.failureSummary?.replace(/\s+/g, ' ') ?? ''}`);
  return [`${violation.id} (${violation.impact}): ${violation.help}`, ...nodes].join('\n');
}
