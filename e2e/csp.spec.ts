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
    // Two policies forbid it (the header and the <meta> copy), and each reports the refusal in an
    // event dispatched after the fact: wait until both have reported, not for a clock.
    const policies = new Map<string, string>();
    const reported = new Promise<void>((resolve) => {
      const on = (e: SecurityPolicyViolationEvent) => {
        policies.set(e.originalPolicy, e.effectiveDirective);
        if (policies.size < 2) return;
        document.removeEventListener('securitypolicyviolation', on);
        resolve();
      };
      document.addEventListener('securitypolicyviolation', on);
    });
    const s = document.createElement('script');
    s.textContent = 'window.__injected = true';
    document.body.append(s);
    // An allowed inline script runs during append(), so this already tells whether it ran.
    const injected = w.__injected === true;
    if (injected) return { injected, directives: [] };
    await reported;
    w.__cspViolations.length = 0; // expected violations: clear them for the suite-wide guard
    return { injected, directives: [...policies.values()] };
  });
  expect(ran).toEqual({ injected: false, directives: ['script-src-elem', 'script-src-elem'] });
});

test('/robots.txt is a robots file, not the page (crawlers and Lighthouse read it)', async ({ request }) => {
  const response = await request.get('./robots.txt');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^text\/plain/);
  const body = await response.text();
  expect(body).toMatch(/^User-agent: \*$/m);
  expect(body).not.toContain('<html');
});
