// In Chromium: a part's mark opens its talk, and a talk's "Discussed in" opens the transcript at
// the part, through the same in-page link path as a summit-reader:// link.

import { createRoot } from 'react-dom/client';
import { expect, it } from 'vitest';
import { OPEN_READER_LINK_EVENT } from '../navigation/useReaderLinks';
import { DiscussedIn, PartMarker } from './TranscriptParts';

async function rendered(element: React.JSX.Element): Promise<{ host: HTMLElement; done: () => void }> {
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  root.render(element);
  for (let waited = 0; !host.querySelector('button'); waited += 5) {
    if (waited > 3000) throw new Error('Nothing rendered');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return {
    host,
    done: () => {
      root.unmount();
      host.remove();
    },
  };
}

it('marks where a part begins and opens its talk', async () => {
  const opened: string[] = [];
  const part = {
    talkId: 'summit-2025--worse-is-better',
    title: 'Is “worse is better” still better?',
    blockId: 'b9',
    start: 3891,
    end: 3981,
  };
  const { host, done } = await rendered(<PartMarker part={part} onOpenTalk={(id) => opened.push(id)} />);
  expect(host.textContent).toBe('From 1:04:51, about the talk Is “worse is better” still better?');
  host.querySelector('button')?.click();
  expect(opened).toEqual(['summit-2025--worse-is-better']);
  done();
});

it('says where a talk is discussed and opens the transcript there', async () => {
  const links: string[] = [];
  const listen = (event: Event): void => void links.push(String((event as CustomEvent<string>).detail));
  window.addEventListener(OPEN_READER_LINK_EVENT, listen);
  const { host, done } = await rendered(
    <DiscussedIn
      discussions={[
        {
          transcriptTalkId: 'talk-python-514--transcript',
          transcriptTitle: 'Talk Python To Me #514 (transcript)',
          blockId: 'talk-python-514--transcript-b57',
          start: 750,
        },
      ]}
    />,
  );
  const button = host.querySelector('button');
  expect(button?.textContent).toBe('Discussed in Talk Python To Me #514 at 12:30');
  button?.click();
  expect(links).toEqual(['summit-reader://talk/talk-python-514--transcript#talk-python-514--transcript-b57']);
  window.removeEventListener(OPEN_READER_LINK_EVENT, listen);
  done();
});
