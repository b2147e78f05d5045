// The Easy Read version of a vision, in one shape for the page, however the volunteer wrote it.
import type { Vision } from '../contract/index.ts';

export interface EasyReadView {
  title: string;
  sections: { heading?: string; lines: string[] }[];
}

/**
 * Plain text is read as a volunteer writes it: one short sentence a line, a blank line between
 * parts. The structured form is used as it is.
 */
export function easyReadView(vision: Pick<Vision, 'title' | 'easyRead'>): EasyReadView | undefined {
  const easyRead = vision.easyRead;
  if (easyRead === undefined) return undefined;
  if (typeof easyRead !== 'string') return easyRead;
  const sections = easyRead
    .split(/\n\s*\n/)
    .map((part) => ({
      lines: part
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    }))
    .filter((part) => part.lines.length > 0);
  return { title: vision.title, sections };
}
