/** Edit distance between two words, for "did you mean" hints. */
export function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
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
