import { describe, expect, it } from 'vitest';
import { isOpenableExternalUrl } from './externalLinks';

describe('links that may open in the system browser', () => {
  it('allows https only', () => {
    expect(isOpenableExternalUrl('https://peps.python.org/pep-0703/')).toBe(true);
    for (const url of [
      'http://example.com',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'app://summit-reader/',
      'smb://host/share',
      'not a url',
    ]) {
      expect(isOpenableExternalUrl(url)).toBe(false);
    }
  });

  it('refuses https links that carry credentials', () => {
    expect(isOpenableExternalUrl('https://user:secret@example.com/')).toBe(false);
  });
});
