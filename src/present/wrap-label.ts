// Kept apart from the chart specs so the browser's chart script can use it without pulling in
// the content schemas (and Zod) that the specs import.

/** A label broken into lines of about `width` characters, so a long name is not cut off. */
export function wrapLabel(label: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of label.split(' ')) {
    const last = lines[lines.length - 1];
    if (last !== undefined && `${last} ${word}`.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}
