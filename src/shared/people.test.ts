// The people index over the bundled corpus, against lists checked by hand.

import { describe, expect, it } from 'vitest';
import { buildPeopleIndex } from './people';
import { loadBundledLibrary } from '../../test/fixtures/bundledCorpus';

const { library } = await loadBundledLibrary();
const people = buildPeopleIndex(library.index);

function person(name: string): (typeof people)[number] {
  const found = people.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`${name} is not in the index`);
  return found;
}

describe('the people index', () => {
  it.each([
    [
      'Pablo Galindo Salgado',
      [2022, 2024, 2025],
      ['f-string Grammar Overhaul', 'Making asserts cooler in 3.14', 'Let’s benchmark memory as well'],
    ],
    [
      'Guido van Rossum',
      [2023, 2025],
      ['Burnout is Real', 'Three Talks on the C API', 'Is “worse is better” still better?'],
    ],
    [
      'Mark Shannon',
      [2022, 2023, 2025],
      ['Faster CPython Plans (Python 3.11 and Beyond)', 'Three Talks on the C API', 'Virtual Threads from Java'],
    ],
    [
      'Sam Gross',
      [2022, 2023],
      ['Removing the Global Interpreter Lock (No GIL)', 'Making the Global Interpreter Lock Optional'],
    ],
    ['Łukasz Langa', [2024], ['Python for iOS, finally']],
  ])('lists %s in %j with their talks', (name, years, talks) => {
    const entry = person(name);
    expect(entry.years).toEqual(years);
    expect(entry.talks.map((talk) => talk.title).sort()).toEqual([...talks].sort());
  });

  it('holds one entry per person and no damaged or non-person names', () => {
    const names = people.map((entry) => entry.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.filter((name) => /[ﾅ「]|\d|Python|Summit|Council|Foundation/.test(name))).toEqual([]);
    expect(names).not.toContain('Michael Foord');
  });

  it('includes hosts and guests who spoke in the podcasts', () => {
    expect(person('Alex Waygood').appearances).toEqual([expect.objectContaining({ role: 'guest', summitYear: 2022 })]);
    expect(person('Michael Kennedy').talks.map((talk) => talk.summitYear)).toEqual([2025]);
  });
});
