// A note renders as Markdown once its chunk has loaded, its raw text never shows meanwhile, and
// without the chunk it is shown as plain text.

import { createRoot } from 'react-dom/client';
import { expect, it } from 'vitest';
import { MarkdownPreview, rendererOrPlainText } from './MarkdownPreview';

async function until(condition: () => boolean): Promise<void> {
  for (let waited = 0; !condition(); waited += 5) {
    if (waited > 5000) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

it('holds the raw text unseen until the renderer arrives, then shows the rendered note', async () => {
  const host = document.createElement('div');
  document.body.append(host);
  // The first state committed, read as it is committed (the chunk arrives in a later task).
  let first: { busy: string | null; visibility: string; text: string | null } | null = null;
  const observer = new MutationObserver(() => {
    const shown = host.querySelector<HTMLElement>('.markdown-preview');
    if (first || !shown) return;
    first = {
      busy: shown.getAttribute('aria-busy'),
      visibility: getComputedStyle(shown).visibility,
      text: shown.textContent,
    };
  });
  observer.observe(host, { childList: true, subtree: true });
  const root = createRoot(host);
  root.render(<MarkdownPreview markdown={'We **agreed** on `PEP 703`.'} />);
  await until(() => host.querySelector('strong') !== null);
  observer.disconnect();
  expect(first).toEqual({ busy: 'true', visibility: 'hidden', text: 'We **agreed** on `PEP 703`.' });
  expect(host.querySelector('strong')?.textContent).toBe('agreed');
  expect(host.querySelector('code')?.textContent).toBe('PEP 703');
  expect(host.querySelector('[aria-busy="true"]')).toBeNull();
  root.unmount();
  host.remove();
});

it('shows a note as its plain text when the renderer cannot load', async () => {
  const { default: Shown } = await rendererOrPlainText(() =>
    Promise.reject(new Error('The chunk could not be loaded.')),
  );
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  root.render(<Shown markdown={'We **agreed**.'} />);
  await until(() => host.querySelector('.markdown-plain') !== null);
  expect(host.textContent).toBe('We **agreed**.');
  expect(getComputedStyle(host.querySelector('.markdown-plain') as HTMLElement).visibility).toBe('visible');
  root.unmount();
  host.remove();
});
