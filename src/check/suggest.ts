/** Edit distance between two words, counting two swapped letters as one slip, for "did you mean" hints. */
export function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/** The closest of `options` to what was written, when it is close enough to be a slip. */
export function closest(written: string, options: readonly string[]): string | undefined {
  const w = written.trim().toLowerCase();
  let best: string | undefined;
  let bestScore = Infinity;
  for (const option of options) {
    const o = option.toLowerCase();
    const score = o === w ? 0 : distance(w, o);
    if (score < bestScore) [best, bestScore] = [option, score];
  }
  if (best === undefined) return undefined;
  const allowed = Math.max(1, Math.floor(Math.max(best.length, w.length) / 3));
  return bestScore <= allowed ? best : undefined;
}

/** " Did you mean `x`?" when one option is close, else "". */
export function didYouMean(written: unknown, options: readonly string[]): string {
  if (typeof written !== 'string') return '';
  const match = closest(written, options);
  return match && match !== written ? ` Did you mean \`${match}\`?` : '';
}
