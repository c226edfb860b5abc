import { describe, expect, it } from 'vitest';
import { decodeWindows1252, looksMisdecoded, repairMojibake } from './mojibake';

describe('repairing text decoded with the wrong code page', () => {
  it('repairs UTF-8 that was read as Shift_JIS, including emoji that lost their lead byte', () => {
    expect(repairMojibake('ﾅ「kasz Langa').text).toBe('Łukasz Langa');
    expect(repairMojibake('"笨ｨ woooooow 笨ｨ"').text).toBe('"✨ woooooow ✨"');
    expect(repairMojibake('replant a trie 沍ｲ').text).toBe('replant a trie 🌲');
  });

  it('repairs UTF-8 that was read as Windows-1252', () => {
    expect(repairMojibake('itâ€™s Ã©tÃ©').text).toBe('it’s été');
  });

  it('leaves genuine accented, Japanese and typographic text alone', () => {
    for (const text of [
      'Łukasz Langa',
      'café crème',
      '日本語のテキスト',
      '“quoted” — and ’tis',
      'naïve Zürich',
      'ｶﾀｶﾅ',
    ]) {
      expect(repairMojibake(text)).toEqual({ text, repairs: 0 });
    }
  });

  it('counts its repairs', () => {
    expect(repairMojibake('ﾅ「kasz and ﾅ「kasz').repairs).toBe(2);
  });

  it('flags names that still look damaged', () => {
    expect(looksMisdecoded('ﾅ「kasz')).toBe(true);
    expect(looksMisdecoded('Łukasz')).toBe(false);
  });
});

describe('decoding Windows-1252', () => {
  it('maps the 0x80–0x9F range to its typographic characters', () => {
    expect(decodeWindows1252(new Uint8Array([0x93, 0x48, 0x69, 0x94, 0x20, 0x80, 0xe9]))).toBe('“Hi” €é');
  });
});
