// The search corpus arrives in parts from one corpus version, asked for again if an import lands
// while they arrive, and a failure is passed on as a value.

import { describe, expect, it } from 'vitest';
import { fail, ok, type IpcResult } from '../../../shared/ipc/result';
import type { SearchCorpusPart } from '../../../shared/search/searchCorpus';
import { receiveSearchCorpus } from './receiveSearchCorpus';

function servedParts(version: string, count: number): SearchCorpusPart[] {
  return Array.from({ length: count }, (_, part) => ({
    corpusVersion: version,
    part,
    parts: count,
    bytes: new Uint8Array([part]),
  }));
}

describe('receiving the search corpus', () => {
  it('gathers every part in order, some asked for at once', async () => {
    const served = servedParts('v1', 11);
    let inFlight = 0;
    let mostInFlight = 0;
    const received = await receiveSearchCorpus(async (part) => {
      inFlight++;
      mostInFlight = Math.max(mostInFlight, inFlight);
      // Later parts answer first, as replies may.
      await new Promise((resolve) => setTimeout(resolve, 10 - (part % 4)));
      inFlight--;
      return ok(served[part]);
    });
    expect(received.ok && received.value.corpusVersion).toBe('v1');
    expect(received.ok && received.value.parts.map((bytes) => bytes[0])).toEqual([...Array(11).keys()]);
    expect(mostInFlight).toBeGreaterThan(1);
  });

  it('starts again when the corpus changes between parts', async () => {
    let version = 'v1';
    const asked: string[] = [];
    const received = await receiveSearchCorpus(async (part) => {
      asked.push(`${version}:${part}`);
      const answer = servedParts(version, version === 'v1' ? 6 : 3)[part];
      if (version === 'v1' && part === 2) version = 'v2';
      return answer ? ok(answer) : fail('not-found', `The search corpus has no part ${part}.`);
    });
    expect(received.ok && received.value.corpusVersion).toBe('v2');
    expect(received.ok && received.value.parts.length).toBe(3);
    expect(asked[0]).toBe('v1:0');
  });

  it('gives up, with a message, on a corpus that never holds still', async () => {
    let calls = 0;
    const received = await receiveSearchCorpus(async (part) => ok(servedParts(`v${calls++}`, 3)[part]));
    expect(received.ok).toBe(false);
    expect(!received.ok && received.error.message).toMatch(/kept changing/);
  });

  it('passes on a part main cannot give', async () => {
    const failure: IpcResult<SearchCorpusPart> = fail('internal', 'The library could not be read.');
    const received = await receiveSearchCorpus(async (part) => (part === 0 ? ok(servedParts('v1', 2)[0]) : failure));
    expect(received).toEqual(failure);
  });
});
