import { test as base, expect, type Locator, type Page } from '@playwright/test';

/** A page object for kube-paths: rows of the path table, the inspector, the notices. */
export class KubePaths {
  constructor(readonly page: Page) {}

  async open(query = ''): Promise<void> {
    await this.page.goto(`./${query}`);
    // Attached, not visible: presenter view shows the diagram and the step only.
    await expect(this.page.getByRole('heading', { name: 'kube-paths', includeHidden: true })).toBeAttached();
    // The table loads right after the first paint; tests read it (or its panel's error, on purpose).
    await expect(this.page.locator('[data-testid="path-table"], [data-testid="panel-error-table"]').first()).toBeAttached();
  }

  get table(): Locator {
    return this.page.getByTestId('path-table');
  }

  /** The table row of a path kind, on one pool when given (it carries data-path, data-pool and data-state). */
  row(id: string, pool?: string): Locator {
    return this.table.locator(`tr[data-path="${id}"]${pool === undefined ? '' : `[data-pool="${pool}"]`}`);
  }

  async expectState(id: string, state: string): Promise<void> {
    await expect(this.row(id)).toHaveAttribute('data-state', state);
  }

  /** The button naming a path in the table; it selects the path. */
  pathButton(id: string): Locator {
    return this.row(id).getByRole('button');
  }

  get inspector(): Locator {
    return this.page.getByTestId('inspector');
  }

  get notices(): Locator {
    return this.page.getByTestId('notices');
  }
}

/**
 * Every e2e test runs under two guards: no Content-Security-Policy violation fires, and no request
 * goes to another origin. Tests get the `app` page object.
 */
export const test = base.extend<{ app: KubePaths; guards: void }>({
  app: async ({ page }, provide) => {
    await provide(new KubePaths(page));
  },
  guards: [
    async ({ page, baseURL }, provide) => {
      const origin = new URL(baseURL ?? 'http://127.0.0.1/').origin;
      const foreign: string[] = [];
      page.on('request', (req) => {
        const url = req.url();
        if (/^(data|blob|about):/.test(url)) return;
        if (new URL(url).origin !== origin) foreign.push(url);
      });
      await page.addInitScript(() => {
        const w = window as unknown as { __cspViolations: string[] };
        w.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', (e) => {
          w.__cspViolations.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
        });
      });
      await provide();
      const violations = await page
        .evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])
        .catch(() => [] as string[]);
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
      expect(foreign, 'requests to other origins').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
