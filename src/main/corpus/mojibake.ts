// Repairs text that was UTF-8 but got decoded with a legacy code page (Shift_JIS or Windows-1252).
//
// Each run of non-ASCII characters is encoded back with the suspected code page and decoded as
// strict UTF-8. A run is replaced only when that round trip succeeds, so genuine accented or
// Japanese text (which almost never forms valid UTF-8 once re-encoded) is left alone.

const utf8 = new TextDecoder('utf-8', { fatal: true });

type Encoder = Map<string, number[]>;

let shiftJisEncoder: Encoder | null = null;
let windows1252Encoder: Encoder | null = null;

function buildEncoder(label: string, sequences: number[][]): Encoder {
  const decoder = new TextDecoder(label, { fatal: true });
  const table: Encoder = new Map();
  for (const bytes of sequences) {
    let decoded: string;
    try {
      decoded = decoder.decode(new Uint8Array(bytes));
    } catch {
      continue;
    }
    if ([...decoded].length === 1 && !table.has(decoded)) table.set(decoded, bytes);
  }
  return table;
}

function getShiftJisEncoder(): Encoder {
  if (shiftJisEncoder) return shiftJisEncoder;
  const sequences: number[][] = [];
  for (let b = 0xa1; b <= 0xdf; b++) sequences.push([b]);
  for (let lead = 0x81; lead <= 0xfc; lead++) {
    if (lead >= 0xa0 && lead <= 0xdf) continue;
    for (let trail = 0x40; trail <= 0xfc; trail++) sequences.push([lead, trail]);
  }
  shiftJisEncoder = buildEncoder('shift_jis', sequences);
  return shiftJisEncoder;
}

// Windows-1252's characters for bytes 0x80–0x9F (undefined bytes keep their C1 control). Spelled
// out because some runtimes' TextDecoder treats "windows-1252" as Latin-1 in that range.
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function getWindows1252Encoder(): Encoder {
  if (windows1252Encoder) return windows1252Encoder;
  windows1252Encoder = new Map();
  [...WINDOWS_1252_HIGH].forEach((char, index) => windows1252Encoder?.set(char, [0x80 + index]));
  for (let b = 0xa0; b <= 0xff; b++) windows1252Encoder.set(String.fromCharCode(b), [b]);
  return windows1252Encoder;
}

function encodeRun(run: string, encoder: Encoder): number[] | null {
  const bytes: number[] = [];
  for (const char of run) {
    const code = char.charCodeAt(0);
    if (code < 0x80) {
      bytes.push(code);
      continue;
    }
    const encoded = encoder.get(char);
    if (!encoded) return null;
    bytes.push(...encoded);
  }
  return bytes;
}

function decodeStrict(bytes: number[]): string | null {
  try {
    return utf8.decode(new Uint8Array(bytes));
  } catch {
    return null;
  }
}

function isPlausibleRepair(original: string, repaired: string): boolean {
  // A Shift_JIS pair can carry an ASCII trail byte, so a repair may be as long as the run, never longer.
  if (repaired === original || repaired.length > original.length) return false;
  // A repair must yield real characters, not controls or replacement marks.
  for (const char of repaired) {
    const code = char.codePointAt(0) ?? 0;
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a) || (code >= 0x7f && code <= 0x9f) || code === 0xfffd)
      return false;
  }
  return true;
}

function repairShiftJisRun(run: string): string | null {
  const bytes = encodeRun(run, getShiftJisEncoder());
  if (!bytes || bytes.every((b) => b < 0x80)) return null;
  const direct = decodeStrict(bytes);
  if (direct !== null) return isPlausibleRepair(run, direct) ? direct : null;
  // Shift_JIS has no character for the lead byte of a 4-byte UTF-8 sequence (F0), so emoji lose it.
  if (bytes.length >= 3 && bytes[0] >= 0x80 && bytes[0] <= 0xbf) {
    const withLead = decodeStrict([0xf0, ...bytes]);
    if (withLead !== null && isPlausibleRepair(run, withLead)) return withLead;
  }
  return null;
}

function repairWindows1252Run(run: string): string | null {
  const bytes = encodeRun(run, getWindows1252Encoder());
  if (!bytes) return null;
  const decoded = decodeStrict(bytes);
  return decoded !== null && isPlausibleRepair(run, decoded) ? decoded : null;
}

// A Shift_JIS pair can carry an ASCII trail byte: in "ﾅ「kasz" the "「" stands for the bytes of
// "Ł"'s second half plus the "u", which is why the repaired run can hold ASCII letters.
const SHIFT_JIS_RUN = /[\uff61-\uff9f\u3000-\u30ff\u4e00-\u9fff\uff01-\uff60]+/g;
const WINDOWS_1252_RUN =
  /[\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]{2,}/g;

/** Returns the text with mis-decoded runs repaired, and how many runs were changed. */
export function repairMojibake(text: string): { text: string; repairs: number } {
  let repairs = 0;
  let result = text.replace(SHIFT_JIS_RUN, (run) => {
    const fixed = repairShiftJisRun(run);
    if (fixed === null) return run;
    repairs++;
    return fixed;
  });
  result = result.replace(WINDOWS_1252_RUN, (run) => {
    const fixed = repairWindows1252Run(run);
    if (fixed === null) return run;
    repairs++;
    return fixed;
  });
  return { text: result, repairs };
}

/** True when a string still looks like mis-decoded text, so names with it are never indexed. */
export function looksMisdecoded(text: string): boolean {
  return /[\uff61-\uff9f\ufffd]|Ã.|â€/.test(text);
}

/** Decodes Windows-1252 bytes the same way in every runtime. */
export function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes)
    text += byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
  return text;
}
