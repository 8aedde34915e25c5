import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

const scenes = [
  ['light theme, path selected', '?theme=light&select=apiserver-kubelet'],
  ['dark theme, path selected', '?theme=dark&select=apiserver-kubelet'],
  ['light high contrast, component selected', '?theme=light&contrast=high&preset=flags-only&select=apiserver'],
  ['dark high contrast, table only', '?theme=dark&contrast=high&table=true&preset=legacy-ssh'],
  ['bad link notice', '?theme=dark&foo=1'],
] as const;

for (const [name, query] of scenes) {
  test(`axe finds no serious or critical violations: ${name}`, async ({ app, page }) => {
    await app.open(query);
    await expect(app.row('apiserver-kubelet')).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
  });
}

test('every control is reachable by keyboard with a visible focus ring', async ({ app, page }) => {
  await app.open();
  // Reach the checkbox with the keyboard from the control before it, as a keyboard user would.
  await page.getByLabel(/Move Node later in --authorization-mode/).focus();
  const ctl = page.getByLabel(/--kubelet-certificate-authority/);
  for (let i = 0; i < 12 && !(await ctl.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(ctl).toBeFocused();
  const ring = await ctl.evaluate((el) => {
    const s = getComputedStyle(el);
    return `${s.outlineStyle} ${s.outlineWidth}`;
  });
  expect(ring).toBe('solid 3px');
  await page.keyboard.press('Space');
  await app.expectState('apiserver-kubelet', 'broken');
});
