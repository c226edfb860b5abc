// Version vectors: how many changes each device had made to a value when it was written. They tell
// an edit made on top of another (one vector covers the other) from two made apart (neither does).

export type VersionVector = Readonly<Record<string, number>>;

export type Causality = 'same' | 'before' | 'after' | 'concurrent';

/** How `a` relates to `b`: `before` means `b` was made knowing `a`. */
export function compareVersions(a: VersionVector, b: VersionVector): Causality {
  let aAhead = false;
  let bAhead = false;
  for (const device of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const left = a[device] ?? 0;
    const right = b[device] ?? 0;
    if (left > right) aAhead = true;
    if (right > left) bAhead = true;
  }
  if (aAhead && bAhead) return 'concurrent';
  if (aAhead) return 'after';
  if (bAhead) return 'before';
  return 'same';
}

export function mergeVersions(a: VersionVector, b: VersionVector): VersionVector {
  const merged: Record<string, number> = {};
  for (const device of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort())
    merged[device] = Math.max(a[device] ?? 0, b[device] ?? 0);
  return merged;
}

/** The vector of a change this device makes on top of `current`. */
export function advance(current: VersionVector, device: string): VersionVector {
  return mergeVersions(current, { [device]: (current[device] ?? 0) + 1 });
}
