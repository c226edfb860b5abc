// Stands in for the system keyring in sync tests: reversible, but never the plain text on disk, so a
// test can still check that the stored file does not hold the password.

import type { SecretBox } from '../../src/main/sync/syncConnection';

export const testKeyring: SecretBox = {
  isAvailable: () => true,
  encrypt: (text) => Buffer.from([...Buffer.from(text, 'utf8')].map((byte) => byte ^ 0x5a)),
  decrypt: (data) => Buffer.from([...data].map((byte) => byte ^ 0x5a)).toString('utf8'),
};
