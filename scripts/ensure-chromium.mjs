// Makes sure e2e tests have a Chromium; installs one the way the platform allows, or says what to run.
import { spawnSync } from 'node:child_process';
import { findChromium } from './chromium.mjs';

const found = findChromium();
if (found) {
  console.log(`e2e: using Chromium from ${found.source}${found.path ? ` at ${found.path}` : ''}`);
  process.exit(0);
}
if (process.env.PLAYWRIGHT_CHROMIUM_PATH) {
  console.error(`e2e: PLAYWRIGHT_CHROMIUM_PATH=${process.env.PLAYWRIGHT_CHROMIUM_PATH} does not exist.`);
  process.exit(1);
}
const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit' }).status === 0;
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;

console.log('e2e: no Chromium found; trying to install one.');
if (isRoot && hasApt) {
  if (run('apt-get', ['update', '-qq'])) {
    run('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-liberation', 'fonts-dejavu-core']);
  }
} else {
  run('npx', ['playwright', 'install', 'chromium']);
}
if (findChromium()) process.exit(0);
console.error(
  [
    'e2e: could not find or install Chromium. Do one of:',
    '  - Debian/Ubuntu as root: apt-get update && apt-get install -y chromium fonts-liberation fonts-dejavu-core',
    '  - with internet access:  npx playwright install chromium',
    '  - or point PLAYWRIGHT_CHROMIUM_PATH at a Chromium/Chrome binary',
  ].join('\n'),
);
process.exit(1);
