import { test as base, expect, type Locator, type Page } from '@playwright/test';

/** A page object for kube-paths: rows of the path table, the inspector, the notices. */
export class KubePaths {
  constructor(readonly page: Page) {}

  async open(query = ''): Promise<void> {
    await this.page.goto(`./${query}`);
    await expect(this.page.getByRole('heading', { name: 'kube-paths' })).toBeVisible();
  }

  get table(): Locator {
    return this.page.getByTestId('path-table');
  }

  /** The table row of a path kind (it carries data-path and data-state). */
  row(id: string): Locator {
    return this.table.locator(`tr[data-path="${id}"]`);
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

export const test = base.extend<{ app: KubePaths }>({
  app: async ({ page }, provide) => {
    await provide(new KubePaths(page));
  },
});
export { expect };
