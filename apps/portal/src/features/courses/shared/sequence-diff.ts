/** A minimal diff of two sequences (longest common subsequence), used for lines of text and orders of ids. */
export type DiffOp<T> = { type: 'same'; value: T } | { type: 'added'; value: T } | { type: 'removed'; value: T };

/** Above this many cells the LCS table is not built: the whole old text is shown removed and the new added. */
const MAX_CELLS = 4_000_000;

export function diffSequences<T>(before: readonly T[], after: readonly T[], equal: (a: T, b: T) => boolean = Object.is): DiffOp<T>[] {
  // Common head and tail cost nothing and keep the table small.
  let start = 0;
  while (start < before.length && start < after.length && equal(before[start], after[start])) start += 1;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && equal(before[endBefore - 1], after[endAfter - 1])) {
    endBefore -= 1;
    endAfter -= 1;
  }
  const head: DiffOp<T>[] = before.slice(0, start).map((value) => ({ type: 'same', value }));
  const tail: DiffOp<T>[] = before.slice(endBefore).map((value) => ({ type: 'same', value }));
  const a = before.slice(start, endBefore);
  const b = after.slice(start, endAfter);
  if (a.length * b.length > MAX_CELLS) {
    return [...head, ...a.map((value): DiffOp<T> => ({ type: 'removed', value })), ...b.map((value): DiffOp<T> => ({ type: 'added', value })), ...tail];
  }
  // lengths[i][j]: LCS length of a[i..] and b[j..]
  const width = b.length + 1;
  const lengths = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      lengths[i * width + j] = equal(a[i], b[j]) ? lengths[(i + 1) * width + j + 1] + 1 : Math.max(lengths[(i + 1) * width + j], lengths[i * width + j + 1]);
    }
  }
  const middle: DiffOp<T>[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (equal(a[i], b[j])) {
      middle.push({ type: 'same', value: a[i] });
      i += 1;
      j += 1;
    } else if (lengths[(i + 1) * width + j] >= lengths[i * width + j + 1]) {
      middle.push({ type: 'removed', value: a[i] });
      i += 1;
    } else {
      middle.push({ type: 'added', value: b[j] });
      j += 1;
    }
  }
  while (i < a.length) middle.push({ type: 'removed', value: a[i++] });
  while (j < b.length) middle.push({ type: 'added', value: b[j++] });
  return [...head, ...middle, ...tail];
}

/** Line diff of two texts (null counts as empty). */
export function diffLines(before: string | null | undefined, after: string | null | undefined): DiffOp<string>[] {
  const split = (text: string | null | undefined) => (text ? text.replace(/\r\n?/g, '\n').split('\n') : []);
  return diffSequences(split(before), split(after));
}

/** Ids that keep their relative order in both lists (the LCS); the others of the common ids have moved. */
export function movedIds(before: readonly string[], after: readonly string[]): Set<string> {
  const inAfter = new Set(after);
  const inBefore = new Set(before);
  const commonBefore = before.filter((id) => inAfter.has(id));
  const commonAfter = after.filter((id) => inBefore.has(id));
  const kept = new Set(diffSequences(commonBefore, commonAfter).filter((op) => op.type === 'same').map((op) => op.value));
  return new Set(commonAfter.filter((id) => !kept.has(id)));
}
