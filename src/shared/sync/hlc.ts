// Hybrid logical clocks: a time that never runs backwards on one device, even when its wall clock
// does, and that orders changes from different devices the same way everywhere.

/** A clock reading: wall-clock milliseconds, a counter for changes within one millisecond, and the device. */
export interface Hlc {
  wall: number;
  counter: number;
  device: string;
}

export const ZERO_HLC: Hlc = { wall: 0, counter: 0, device: '' };

/** Total order: by time, then counter, then device id, so equal readings on two devices still differ. */
export function compareHlc(a: Hlc, b: Hlc): number {
  if (a.wall !== b.wall) return a.wall < b.wall ? -1 : 1;
  if (a.counter !== b.counter) return a.counter < b.counter ? -1 : 1;
  return a.device < b.device ? -1 : a.device > b.device ? 1 : 0;
}

/** The next reading for a local change: `max(now, last + 1)`, on this device. */
export function tick(last: Hlc, now: number, device: string): Hlc {
  if (now > last.wall) return { wall: now, counter: 0, device };
  return { wall: last.wall, counter: last.counter + 1, device };
}
