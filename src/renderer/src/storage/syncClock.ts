// This installation's device id and hybrid logical clock, kept in syncState. A change to a synced
// record takes its clock reading inside the change's own transaction, so the stamp a change
// carries to other computers is when it was made, never when it was sent.

import { tick, ZERO_HLC, type Hlc } from '../../../shared/sync/hlc';
import type { SummitDatabase } from './db';

const DEVICE_KEY = 'deviceId';
const CLOCK_KEY = 'clock';

/** The device id, made once and never reused. Call inside a transaction over syncState. */
export async function deviceIdIn(database: SummitDatabase): Promise<string> {
  const existing = (await database.syncState.get(DEVICE_KEY))?.value;
  if (typeof existing === 'string' && existing) return existing;
  const made = crypto.randomUUID();
  await database.syncState.put({ key: DEVICE_KEY, value: made });
  return made;
}

/** The next clock reading for a change made now. Call inside the change's transaction over syncState. */
export async function tickIn(database: SummitDatabase, now = Date.now()): Promise<Hlc> {
  const device = await deviceIdIn(database);
  const last = ((await database.syncState.get(CLOCK_KEY))?.value as Hlc | undefined) ?? ZERO_HLC;
  const next = tick(last, now, device);
  await database.syncState.put({ key: CLOCK_KEY, value: next });
  return next;
}

/** Whether two readings are the same one. */
export function sameHlc(a: Hlc | undefined, b: Hlc | undefined): boolean {
  return !!a && !!b && a.wall === b.wall && a.counter === b.counter && a.device === b.device;
}
