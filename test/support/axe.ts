import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * WCAG 2.1 A/AA findings of axe-core as "rule: target" lines, so a failure says what to fix. `include`
 * narrows the check to the parts a test owns; `seriousOnly` keeps serious and critical findings.
 */
export async function axeViolations(
  page: Page,
  options: { include?: string[]; seriousOnly?: boolean } = {},
): Promise<string[]> {
  // Evaluated over the DevTools protocol: an injected <script> tag would be refused by our CSP.
  await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate<AxeResults, { include: string[] | null; tags: string[] }>(
    ({ include, tags }) =>
      (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<AxeResults> } }).axe.run(
        include ? { include: include.map((s) => [s]) } : document,
        { runOnly: { type: 'tag', values: tags } },
      ),
    { include: options.include ?? null, tags: WCAG_21_AA },
  );
  return results.violations
    .filter((v) => !options.seriousOnly || v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}
