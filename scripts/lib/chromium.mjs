/**
 * Debian's Chromium, as the tests and the benchmark launch it: headless,
 * and with the background networking this machine's closed network refuses
 * turned off. Never a downloaded browser.
 */
export const CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
