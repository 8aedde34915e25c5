import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--disable-gpu'] });
const p = await b.newPage({ viewport: { width: 390, height: 844 } });
await p.goto('http://127.0.0.1:4573/docs-sample.html'); await p.waitForTimeout(1500);
console.log(await p.locator('#kp-kubeadm [data-testid=graph]').boundingBox());
await p.locator('#kp-kubeadm').screenshot({ path: '/tmp/dg/embed-phone.png' });
await b.close();
