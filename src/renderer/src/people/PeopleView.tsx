// People: everyone who presented or spoke, with their talks across the summits.

import { useMemo, useState } from 'react';
import { buildPeopleIndex } from '../../../shared/people';
import type { LibraryIndex } from '../../../shared/model';

interface PeopleViewProps {
  library: LibraryIndex;
  onOpenTalk: (talkId: string) => void;
  onOpenSource: (sourceId: string) => void;
}

export function PeopleView({ library, onOpenTalk, onOpenSource }: PeopleViewProps): React.JSX.Element {
  const people = useMemo(() => buildPeopleIndex(library), [library]);
  const [filter, setFilter] = useState('');
  const shown = people.filter((person) => person.name.toLowerCase().includes(filter.trim().toLowerCase()));
  return (
    <section className="people" aria-labelledby="people-title">
      <h1 id="people-title">People</h1>
      <p className="muted">Everyone who presented a talk or spoke in an episode, with their talks by summit.</p>
      <label className="inline-field">
        Find a person <input type="search" value={filter} onChange={(event) => setFilter(event.target.value)} />
      </label>
      <ul className="people-list">
        {shown.map((person) => (
          <li key={person.name} className="person" data-person={person.name}>
            <h2>{person.name}</h2>
            <p className="muted">{person.years.join(', ')}</p>
            <ul>
              {person.talks.map((talk) => (
                <li key={talk.talkId}>
                  <span className="person-year">{talk.summitYear ?? 'Other'}</span>{' '}
                  <button type="button" className="link-button" onClick={() => onOpenTalk(talk.talkId)}>
                    {talk.title}
                  </button>
                </li>
              ))}
              {person.appearances
                .filter((appearance) => !person.talks.some((talk) => talk.sourceTitle === appearance.title))
                .map((appearance) => (
                  <li key={`${appearance.sourceId}-${appearance.role}`}>
                    <span className="person-year">{appearance.summitYear ?? 'Other'}</span>{' '}
                    <button type="button" className="link-button" onClick={() => onOpenSource(appearance.sourceId)}>
                      {appearance.title}
                    </button>{' '}
                    <span className="muted">({appearance.role})</span>
                  </li>
                ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
