// In Chromium, with main's side stood in: a talk that discussed a PEP before it had a number lists
// it under "Earlier discussion of later PEPs" with its evidence, and the PEP's card lists that talk
// as an inferred earlier discussion that opens the talk at the passage. Neither calls it a mention,
// nor offers talks that mention a PEP no talk mentions by number.

import { createRoot, type Root } from 'react-dom/client';
import { afterEach, expect, it } from 'vitest';
import type { PepCard, PepIndex } from '../../../shared/peps/pepFacts';
import { PepCardContext } from '../ui/PepMention';
import { PepCardHost } from './PepCardHost';
import { PepsView } from './PepsView';
import { TalkEarlierPeps } from './TalkEarlierPeps';

const SNAPSHOT = { date: '2026-08-22', commit: 'x' };
const NOGIL: PepCard = {
  number: 703,
  facts: {
    number: 703,
    title: 'Making the Global Interpreter Lock Optional in CPython',
    status: 'Final',
    type: 'Standards Track',
    authors: ['Sam Gross'],
    created: '2023-01-09',
    pythonVersions: ['3.13'],
    resolution: { date: '2023-10-24', url: null },
    replaces: [],
    supersededBy: [],
  },
  releases: [{ version: '3.13', firstRelease: '2024-10-07', released: true }],
};
const LABEL = 'Before PEP 703 existed — names its author Sam Gross and ‘global interpreter lock’';
const INDEX: PepIndex = {
  snapshot: SNAPSHOT,
  entries: [
    {
      ...NOGIL,
      mentions: [],
      earlier: [
        {
          talkId: 't-2022',
          talkTitle: 'Removing the Global Interpreter Lock (No GIL)',
          speakers: [],
          summitYear: 2022,
          sourceTitle: 'Talk Python #375',
          sourceKind: 'episode',
          date: '2022-07-30',
          blockId: 't-2022-b1',
          excerpt: 'Alex highlighted Sam Gross’s “no GIL” fork…',
          evidence: {
            author: 'Sam Gross',
            authorPresents: false,
            phrases: ['Global Interpreter Lock'],
            blockId: 't-2022-b1',
          },
          label: LABEL,
        },
      ],
      timeline: [],
    },
  ],
};

Object.defineProperty(window, 'summit', {
  value: {
    getPepIndex: async () => ({ ok: true, value: INDEX }),
    getPeps: async () => ({ ok: true, value: { snapshot: SNAPSHOT, peps: [NOGIL] } }),
  },
  configurable: true,
});

let root: Root | null = null;
afterEach(() => {
  root?.unmount();
  root = null;
  document.body.replaceChildren();
});

function render(element: React.JSX.Element): HTMLElement {
  const host = document.body.appendChild(document.createElement('div'));
  root = createRoot(host);
  root.render(element);
  return host;
}

async function until<T>(find: () => T | null | undefined): Promise<T> {
  for (let waited = 0; waited < 3000; waited += 10) {
    const found = find();
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('Not rendered in time');
}

it('lists, in a talk’s side panel, the PEPs it discussed before they had a number, with the evidence', async () => {
  const opened: number[] = [];
  const host = render(
    <PepCardContext.Provider value={(pep) => opened.push(pep)}>
      <TalkEarlierPeps talkId="t-2022" />
    </PepCardContext.Provider>,
  );
  const item = await until(() => host.querySelector('[data-earlier-pep="703"]'));
  expect(host.querySelector('h2')?.textContent).toBe('Earlier discussion of later PEPs');
  expect(host.textContent).toContain('Inferred, not mentioned');
  expect(item.textContent).toContain('Making the Global Interpreter Lock Optional in CPython');
  expect(item.textContent).toContain('Final, as of 22 Aug 2026');
  expect(item.querySelector('.pep-evidence')?.textContent).toBe(LABEL);
  item.querySelector<HTMLButtonElement>('button.pep-mention')?.click();
  expect(opened).toEqual([703]);
});

it('shows nothing for a talk that discussed no later PEP', async () => {
  const host = render(
    <PepCardContext.Provider value={() => undefined}>
      <TalkEarlierPeps talkId="t-other" />
      <p className="rendered">done</p>
    </PepCardContext.Provider>,
  );
  await until(() => host.querySelector('.rendered'));
  // Give the stood-in index time to arrive, then check the section stayed away.
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(host.querySelector('.talk-earlier-peps')).toBeNull();
});

it('lists the earlier talk on the PEP’s card, labelled as inferred, and opens it at the passage', async () => {
  const passages: [string, string, string[]][] = [];
  const host = render(
    <PepCardHost
      onShowMentions={() => undefined}
      onOpenPassage={(talkId, blockId, terms) => passages.push([talkId, blockId, terms])}
    >
      <TalkEarlierPeps talkId="t-2022" />
    </PepCardHost>,
  );
  (await until(() => host.querySelector<HTMLButtonElement>('button.pep-mention'))).click();
  const section = await until(() => document.querySelector('[data-pep-card="703"] .pep-earlier'));
  expect(document.querySelector('[data-pep-card="703"] .pep-status')?.textContent).toBe('Final, as of 22 Aug 2026');
  expect(section.querySelector('h3')?.textContent).toBe('Discussed before it had a number');
  expect(section.textContent).toContain('not a mention of PEP 703');
  expect(section.querySelector('.pep-evidence')?.textContent).toBe(LABEL);
  const talk = [...section.querySelectorAll('button')].find(
    (button) => button.textContent === 'Removing the Global Interpreter Lock (No GIL)',
  );
  talk?.click();
  expect(passages).toEqual([['t-2022', 't-2022-b1', ['Sam', 'Gross', 'Global', 'Interpreter', 'Lock']]]);
  await until(() => !document.querySelector('[data-pep-card="703"]'));
});

it('says on the card that no talk mentions a PEP known only from earlier talks, and still leads to its entry', async () => {
  const shown: number[] = [];
  const host = render(
    <PepCardHost onShowMentions={(pep) => shown.push(pep)} onOpenPassage={() => undefined}>
      <TalkEarlierPeps talkId="t-2022" />
    </PepCardHost>,
  );
  (await until(() => host.querySelector<HTMLButtonElement>('button.pep-mention'))).click();
  const card = await until(() => document.querySelector('[data-pep-card="703"]'));
  const actions = await until(() => card.querySelector('.editor-actions'));
  await until(() => actions.textContent?.includes('No talk mentions it by number.'));
  const labels = [...actions.querySelectorAll('button')].map((button) => button.textContent);
  expect(labels).toEqual(['Show in the PEPs view', 'Open on peps.python.org']);
  actions.querySelector('button')?.click();
  expect(shown).toEqual([703]);
});

it('lists in the PEPs view a PEP known only from earlier talks, saying no talk mentions it by number', async () => {
  const host = render(
    <PepCardContext.Provider value={() => undefined}>
      <PepsView focusPep={null} onOpenPassage={() => undefined} />
    </PepCardContext.Provider>,
  );
  const entry = await until(() => host.querySelector('[data-pep-entry="703"]'));
  expect(host.querySelector('.peps > p.muted')?.textContent).toMatch(
    /^Every PEP the library mentions or discussed before it had a number, /,
  );
  expect(entry.querySelector('.pep-mentions')).toBeNull();
  expect(entry.querySelector('.pep-no-mentions')?.textContent).toBe('No talk mentions it by number.');
  expect(entry.querySelector('.pep-earlier')?.textContent).toContain('Removing the Global Interpreter Lock (No GIL)');
});
