// Shared steps for specs: opening talks and selecting text the way a reader does.

import { expect, type Page } from '@playwright/test';

export async function openTalk(page: Page, title: string): Promise<void> {
  await page.locator('.library-talk', { hasText: title }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
}

/**
 * Runs in the page: finds the first occurrence of `wanted` in the talk's text, scrolls it into
 * view as a reader would have it on screen, and selects it or reports where it is.
 */
function locateText([wanted, action]: [string, 'select' | 'point']): { x: number; y: number } | null {
  for (const element of document.querySelectorAll('.talk-body [data-text-of]')) {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const index = (node as Text).data.indexOf(wanted);
      if (index < 0) continue;
      const range = document.createRange();
      range.setStart(node, index);
      range.setEnd(node, index + wanted.length);
      (node.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
      if (action === 'select') {
        const selection = window.getSelection();
        selection?.removeAllRanges();
        selection?.addRange(range);
        return null;
      }
      const rect = range.getClientRects()[0];
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
  }
  throw new Error(`Text not found in the talk: ${wanted}`);
}

/** Selects the first occurrence of `text` inside the talk's text, as a drag-selection would. */
export async function selectText(page: Page, text: string): Promise<void> {
  await page.evaluate(locateText, [text, 'select'] as [string, 'select']);
}

/** Clicks on the middle of the first occurrence of `text` in the talk. */
export async function clickText(page: Page, text: string): Promise<void> {
  const point = await page.evaluate(locateText, [text, 'point'] as [string, 'point']);
  if (point) await page.mouse.click(point.x, point.y);
}

/** How many ranges each highlight colour paints, read from the CSS Custom Highlight registry. */
export async function paintedRanges(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const counts: Record<string, number> = {};
    CSS.highlights.forEach((highlight, name) => {
      if (highlight.size > 0) counts[name] = highlight.size;
    });
    return counts;
  });
}

/** Writes records straight into the app's IndexedDB stores, as another window or an old version would. */
export async function putRecords(page: Page, stores: Record<string, object[]>): Promise<void> {
  await page.evaluate(
    (records) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('summit-reader');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const transaction = request.result.transaction(Object.keys(records), 'readwrite');
          for (const [store, list] of Object.entries(records))
            for (const record of list) transaction.objectStore(store).put(record);
          transaction.oncomplete = () => resolve();
          transaction.onerror = () => reject(transaction.error);
        };
      }),
    stores,
  );
}

/** The app's messages (toasts and notices), apart from the sync status always shown in the library's foot. */
export function appNotice(page: Page): ReturnType<Page['getByRole']> {
  return page.getByRole('status').and(page.locator(':not(.sync-status)'));
}

/** Selects `passage` in `talk` and saves `note` on it from the selection toolbar, as a reader does. */
export async function annotate(page: Page, talk: string, passage: string, note: string): Promise<void> {
  await openTalk(page, talk);
  await selectText(page, passage);
  await page.getByRole('toolbar', { name: 'Selection' }).getByRole('button', { name: 'Add note' }).click();
  const popover = page.getByRole('dialog', { name: 'Highlight' });
  await popover.getByLabel('Note (Markdown)').fill(note);
  await popover.getByRole('button', { name: 'Save note' }).click();
  // The side panel shows the note rendered, so without its Markdown emphasis marks.
  await expect(page.getByRole('complementary', { name: 'Annotations' }).locator('.entry-note')).toContainText(
    note.replace(/\*/g, ''),
  );
}
