import { expect, test } from './fixtures';

test('the built page declares a strict Content-Security-Policy', async ({ page }) => {
  const response = await page.goto('./');
  const header = response?.headers()['content-security-policy'] ?? '';
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  for (const policy of [header, meta ?? '']) {
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'none'");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('unsafe-eval');
  }
  expect(header).toContain('frame-ancestors');
});

test('an inline script injected into the page is blocked and reported', async ({ page }) => {
  await page.goto('./');
  const ran = await page.evaluate(async () => {
    const w = window as unknown as { __injected?: boolean; __cspViolations: string[] };
    const s = document.createElement('script');
    s.textContent = 'window.__injected = true';
    document.body.append(s);
    await new Promise((r) => setTimeout(r, 50));
    const blocked = w.__cspViolations.length > 0;
    w.__cspViolations.length = 0; // expected violation: clear it for the suite-wide guard
    return { injected: w.__injected === true, blocked };
  });
  expect(ran).toEqual({ injected: false, blocked: true });
});

test('/robots.txt is a robots file, not the page (crawlers and Lighthouse read it)', async ({ request }) => {
  const response = await request.get('./robots.txt');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^text\/plain/);
  const body = await response.text();
  expect(body).toMatch(/^User-agent: \*$/m);
  expect(body).not.toContain('<html');
});
