// Checked by `npm run typecheck`, never run: each line marked @ts-expect-error must fail to
// compile, so a batch with a record of the wrong kind or without its key cannot be written.

import { highlightRecord } from '../../../../test/fixtures/records';
import type { WriteBatch } from './writeBatch';

const highlight = highlightRecord('h1');
const { id: _id, ...withoutId } = highlight;
void _id;

export const typedBatches: WriteBatch[] = [
  // A whole record in its own table compiles.
  { puts: [{ table: 'highlights', record: highlight }] },
  { puts: [{ table: 'settings', record: { key: 'theme', value: 'dark' } }] },
  // @ts-expect-error A highlight without its key (id).
  { puts: [{ table: 'highlights', record: withoutId }] },
  // @ts-expect-error A highlight put into the talk notes.
  { puts: [{ table: 'talkNotes', record: highlight }] },
  // @ts-expect-error A setting without its key.
  { puts: [{ table: 'settings', record: { value: 'dark' } }] },
  // @ts-expect-error A table that does not exist.
  { puts: [{ table: 'bookmarks', record: highlight }] },
  // @ts-expect-error A draft whose text is not a string.
  { puts: [{ table: 'drafts', record: { key: 'd', text: 5, tags: [], updatedAt: 1 } }] },
  // @ts-expect-error A delete without its key.
  { deletes: [{ table: 'drafts' }] },
];
