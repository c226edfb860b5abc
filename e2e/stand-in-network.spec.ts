// The Chromium stand-in adds no network rule of its own: a request for another host goes out when
// main's session allows it and is aborted when the session refuses it (ADR 0006). Two local servers
// stand for the network, and a session that allows one of them decides.

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, expect, test, type Browser } from '@playwright/test';
import { chromiumExecutable, obeySession } from './chromiumHost';
import { harnessMode } from './harness';

test.skip(harnessMode !== 'chromium', 'Checks the Chromium stand-in, which Electron mode does not use.');

let browser: Browser;
const servers: Server[] = [];

test.beforeAll(async () => {
  browser = await chromium.launch({ executablePath: chromiumExecutable(), args: ['--no-sandbox'] });
});

test.afterAll(async () => {
  await browser?.close();
  for (const server of servers) server.close();
});

/** A local server that counts the requests that reach it. */
async function countingServer(): Promise<{ origin: string; hits: () => number }> {
  let hits = 0;
  const server = createServer((_request, response) => {
    hits++;
    response.end('<!doctype html><title>reached</title>');
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, hits: () => hits };
}

test("a request goes out when main's session allows it, and is aborted when it refuses", async () => {
  const allowed = await countingServer();
  const refused = await countingServer();
  const asked: string[] = [];
  const attempts: string[] = [];
  const session = async (url: string): Promise<{ cancel: boolean }> => {
    asked.push(url);
    return { cancel: !url.startsWith(allowed.origin) };
  };
  const context = await browser.newContext();
  await context.route('**/*', (route) => obeySession(route, session, attempts));
  const page = await context.newPage();

  await page.goto(`${allowed.origin}/page`);
  await expect(page).toHaveTitle('reached');
  expect(allowed.hits()).toBe(1);

  const refusal = await page.goto(`${refused.origin}/page`).then(
    () => 'loaded',
    (error: Error) => error.message,
  );
  expect(refusal).toContain('ERR_BLOCKED_BY_CLIENT');
  expect(refused.hits()).toBe(0);
  expect(asked).toEqual([`${allowed.origin}/page`, `${refused.origin}/page`]);
  expect(attempts).toEqual([
    `${allowed.origin}/page`,
    `allowed by the session: ${allowed.origin}/page`,
    `${refused.origin}/page`,
  ]);
  await context.close();
});

test('a request main cannot answer for is aborted', async () => {
  const server = await countingServer();
  const context = await browser.newContext();
  await context.route('**/*', (route) => obeySession(route, () => Promise.reject(new Error('main exited')), []));
  const page = await context.newPage();
  await expect(page.goto(`${server.origin}/page`)).rejects.toThrow('ERR_BLOCKED_BY_CLIENT');
  expect(server.hits()).toBe(0);
  await context.close();
});
