// Debian's Chromium as the browser tests launch it: headless, no sandbox (CI
// runs as root), no GPU, and nothing that reaches the network.
import { chromium } from 'playwright-core';

export function launchChromium() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
}

// Opens `file` in a new context (a 1400 × 1000 window unless `options` say
// otherwise), collecting the page's errors and console errors in `problems`.
export async function openPage(browser, file, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, ...options });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  await page.goto('file://' + file);
  return { page, context, problems };
}
