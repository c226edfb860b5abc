// Relaunching with the same profile reopens the same origin, so what the page stored is still there.

import { expect, test } from '@playwright/test';
import { launchApp } from './harness';

test('data written to IndexedDB survives a relaunch with the same userDataDir', async () => {
  const first = await launchApp();
  const origin = await first.page.evaluate(() => location.origin);
  await first.page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('relaunch-check', 1);
        request.onupgradeneeded = () => request.result.createObjectStore('values');
        request.onsuccess = () => {
          const transaction = request.result.transaction('values', 'readwrite', { durability: 'strict' });
          transaction.objectStore('values').put('kept', 'marker');
          transaction.oncomplete = () => {
            request.result.close();
            resolve();
          };
          transaction.onerror = () => reject(transaction.error);
        };
        request.onerror = () => reject(request.error);
      }),
  );
  await first.close();

  const second = await launchApp({ userDataDir: first.userDataDir });
  try {
    expect(await second.page.evaluate(() => location.origin)).toBe(origin);
    const value = await second.page.evaluate(
      () =>
        new Promise<unknown>((resolve, reject) => {
          const request = indexedDB.open('relaunch-check', 1);
          request.onsuccess = () => {
            const read = request.result.transaction('values').objectStore('values').get('marker');
            read.onsuccess = () => resolve(read.result);
            read.onerror = () => reject(read.error);
          };
          request.onerror = () => reject(request.error);
        }),
    );
    expect(value).toBe('kept');
  } finally {
    await second.close();
  }
});
