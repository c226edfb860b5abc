// Finding a name or a phrase in a text as a run of words: the podcast parts look for presenters and
// title words in a transcript's lines, and the PEP links look for authors in a talk's passages.
// Both compare words with their accents taken off, since a transcript or a write-up may spell
// "Łukasz" as "Lukasz".

/** The text with accents taken off its letters. */
export function foldAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '');
}

/** Whether `words` holds every word of `run`, in order and side by side; an empty run is never held. */
export function holdsRun(words: readonly string[], run: readonly string[]): boolean {
  if (run.length === 0) return false;
  for (let at = 0; at + run.length <= words.length; at++)
    if (run.every((word, offset) => words[at + offset] === word)) return true;
  return false;
}
