// "Find similar talks": a tf-idf vector of each talk's rarer terms, compared by cosine similarity,
// restricted to other summits.

import type { SearchTalk } from './searchCorpus';
import { terms } from './tokenize';

export interface SimilarTalk {
  talkId: string;
  talkTitle: string;
  summitYear: number | null;
  score: number;
  sharedTerms: string[];
}

/** Terms in more than this share of the talks are too common to say two talks are alike. */
const COMMON_SHARE = 0.3;

export class SimilarTalks {
  private vectors: Map<string, Map<string, number>> | null = null;

  constructor(private readonly talks: ReadonlyMap<string, SearchTalk>) {}

  /** Built on the first request: most sessions never ask. */
  private talkVectors(): Map<string, Map<string, number>> {
    if (this.vectors) return this.vectors;
    const counts = new Map<string, Map<string, number>>();
    const documentFrequency = new Map<string, number>();
    for (const talk of this.talks.values()) {
      const termCounts = new Map<string, number>();
      for (const block of talk.blocks) {
        for (const term of terms(block.text)) termCounts.set(term, (termCounts.get(term) ?? 0) + 1);
      }
      counts.set(talk.talkId, termCounts);
      for (const term of termCounts.keys()) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
    }
    const talkCount = Math.max(1, this.talks.size);
    const vectors = new Map<string, Map<string, number>>();
    for (const [talkId, termCounts] of counts) {
      const vector = new Map<string, number>();
      for (const [term, count] of termCounts) {
        const df = documentFrequency.get(term) ?? 1;
        // Rare terms only: shared by a few talks, not by most of them.
        if (df < 2 || df > talkCount * COMMON_SHARE) continue;
        vector.set(term, (1 + Math.log(count)) * Math.log(talkCount / df));
      }
      const norm = Math.sqrt([...vector.values()].reduce((sum, value) => sum + value * value, 0)) || 1;
      for (const [term, value] of vector) vector.set(term, value / norm);
      vectors.set(talkId, vector);
    }
    this.vectors = vectors;
    return vectors;
  }

  /** Talks from other summits that share the most rare terms with this one. */
  similar(talkId: string, limit = 8): SimilarTalk[] {
    const vectors = this.talkVectors();
    const target = vectors.get(talkId);
    const own = this.talks.get(talkId);
    if (!target || !own) return [];
    const results: SimilarTalk[] = [];
    for (const [otherId, vector] of vectors) {
      const other = this.talks.get(otherId);
      if (!other || otherId === talkId || other.summitYear === own.summitYear) continue;
      const shared: [string, number][] = [];
      let score = 0;
      for (const [term, weight] of target) {
        const otherWeight = vector.get(term);
        if (otherWeight === undefined) continue;
        score += weight * otherWeight;
        shared.push([term, weight * otherWeight]);
      }
      if (score <= 0) continue;
      const sharedTerms = shared
        .sort((a, b) => b[1] - a[1])
        .slice(0, 5)
        .map(([term]) => term);
      results.push({ talkId: otherId, talkTitle: other.title, summitYear: other.summitYear, score, sharedTerms });
    }
    return results.sort((a, b) => b.score - a.score).slice(0, limit);
  }
}
