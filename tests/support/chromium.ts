import { existsSync } from 'node:fs';
import { type Browser, chromium, type LaunchOptions } from 'playwright-core';

/** Debian's Chromium: the browser tests and the Lighthouse bench drive this one, never a downloaded build. */
export const CHROMIUM = process.env['SPOOR_CHROMIUM'] ?? '/usr/bin/chromium';

/** The machine has no network: these keep Chromium from trying to phone home (and the logs free of it). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Nothing is skipped when Chromium is missing: the portal's promises are only checked in a browser. */
export const assertChromium = (): void => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `The browser tests need Chromium at ${CHROMIUM} and it is not there. Install it: \`sudo apt-get install -y chromium\` ` +
        '(Debian/Ubuntu; .ci/run does this in CI), or point SPOOR_CHROMIUM at a Chromium binary.',
    );
  }
};

export const launchChromium = async (options: LaunchOptions = {}): Promise<Browser> => {
  assertChromium();
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, ...options });
};
