// A date of birth in a table: a column headed "Date of birth" over rows of dates, in Markdown
// (| Name | DOB |) or pasted from a spreadsheet (Name, DOB then Jo, 12/03/1985). Each row alone
// holds only a date, which is no detail; a reader reads each cell under its heading, and so does
// this, with the same scan as every line.
import { locatePersonalData, type AllowList, type Finding } from './personal-data.ts';
import { maySayBirth } from './personal-data/date-of-birth.ts';

/** The characters a table's cells are split by, Markdown's first. */
const SEPARATORS = ['|', '\t', ';', ','] as const;
/** The line under a Markdown table's heading: | --- | :---: | */
const DELIMITER_ROW = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;
/** A heading longer than this is a sentence, not a column's name. */
const LONGEST_HEADING = 60;
/** Any date: it asks only whether a heading, with a date after it, reads as a date of birth. */
const PROBE_DATE = '12/03/1985';

function cellsOf(line: string, separator: string): string[] {
  // A Markdown row's outer pipes open and close it: | a | b | is two cells, not four.
  const row =
    separator === '|'
      ? line
          .trim()
          .replace(/^\|/, '')
          .replace(/(?<!\\)\|$/, '')
      : line;
  return row.split(separator === '|' ? /(?<!\\)\|/ : separator).map((cell) => cell.trim());
}

const isBirthHeading = (heading: string, allow: AllowList) =>
  heading.length <= LONGEST_HEADING &&
  locatePersonalData(`${heading} ${PROBE_DATE}`, allow).some((f) => f.kind === 'date-of-birth');

/** Each date of birth written in a column under a birth heading, with its 1-based line. */
export function tableBirthDates(lines: readonly string[], allow: AllowList): { line: number; finding: Finding }[] {
  const found: { line: number; finding: Finding }[] = [];
  for (let i = 0; i < lines.length - 1; i++) {
    const heading = lines[i]!;
    const separator = SEPARATORS.find((s) => heading.includes(s));
    if (!separator) continue;
    const headings = cellsOf(heading, separator);
    const markdown = separator === '|' && DELIMITER_ROW.test(lines[i + 1]!);
    // A pasted spreadsheet's rows have as many cells as its heading; two lines of prose with commas seldom do.
    const isRow = (line: string) =>
      markdown ? line.trim() !== '' : line.includes(separator) && cellsOf(line, separator).length === headings.length;
    // Rows pasted with a blank line between each, as Markdown needs to keep them apart.
    const rowAfterBlank = (at: number) =>
      !markdown && lines[at]?.trim() === '' && lines[at + 1] !== undefined && isRow(lines[at + 1]!);
    const first = markdown ? i + 2 : rowAfterBlank(i + 1) ? i + 2 : i + 1;
    if (headings.length < 2 || !(markdown || isRow(lines[first] ?? '')) || !maySayBirth(heading)) continue;
    const columns = headings.flatMap((h, c) => (isBirthHeading(h, allow) ? [c] : []));
    if (!columns.length) continue;
    let j = first;
    for (; j < lines.length && (isRow(lines[j]!) || rowAfterBlank(j)); j++) {
      if (!isRow(lines[j]!)) continue;
      const cells = cellsOf(lines[j]!, separator);
      for (const c of columns) {
        if (!cells[c]) continue;
        for (const f of locatePersonalData(`${headings[c]} ${cells[c]}`, allow))
          if (f.kind === 'date-of-birth') found.push({ line: j + 1, finding: { kind: f.kind, text: f.text } });
      }
    }
    i = j - 1;
  }
  return found;
}
