// Files beside the content: the images the content editor uploads to public/uploads. Only image
// types on the allow-list are served, and a file must be what its ending says (a page or a script
// renamed .png is refused). SVG is refused outright: it can carry script. Photos lose their
// metadata (camera, place) when the site is built (src/integrations/uploads.ts).
import { lstatSync, readFileSync, readdirSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { IMAGE_ENDINGS } from './body/sanitize-schema.ts';
import { isNote } from './notes.ts';
import type { Problem } from './problem.ts';
import { UPLOADS_DIR } from './uploads-dir.ts';

/** The first bytes each allowed image type starts with. */
const SIGNATURES: Record<string, (b: Buffer) => boolean> = {
  '.png': (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  '.jpg': (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  '.jpeg': (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  '.gif': (b) => ['GIF87a', 'GIF89a'].includes(b.subarray(0, 6).toString('latin1')),
  '.webp': (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP',
  '.avif': (b) =>
    b.subarray(4, 8).toString('latin1') === 'ftyp' && /^avi[fs]$/.test(b.subarray(8, 12).toString('latin1')),
};

export { UPLOADS_DIR };

/**
 * Every file in public/uploads that the site must not serve, with why; `nameProblems` says what is
 * wrong with a file's name (its path from the root), which the site publishes as its address.
 */
export function uploadProblems(root: string, nameProblems: (file: string) => Problem[] = () => []): Problem[] {
  const dir = join(root, UPLOADS_DIR);
  const problems: Problem[] = [];
  const where = (path: string) => relative(root, path).split('\\').join('/');
  const walk = (folder: string) => {
    let names: string[];
    try {
      names = readdirSync(folder).sort();
    } catch {
      return; // No uploads yet.
    }
    for (const name of names) {
      const path = join(folder, name);
      const stat = lstatSync(path);
      const say = (message: string) => problems.push({ file: where(path), line: 1, message });
      if (isNote(name)) continue;
      if (stat.isSymbolicLink()) say('This is a link to another file. Upload the image itself.');
      else if (stat.isDirectory()) walk(path);
      else if (!stat.isFile()) say('This is not a file the site can serve. Remove it.');
      else {
        problems.push(...nameProblems(where(path)));
        const ending = extname(name).toLowerCase();
        if (ending === '.svg')
          say(
            'SVG pictures can carry code that runs in readers’ browsers, so the site does not serve them. Save the picture as PNG and upload that instead.',
          );
        else if (!(IMAGE_ENDINGS as readonly string[]).includes(ending))
          say(
            `Only images can be uploaded (files ending ${IMAGE_ENDINGS.join(', ')}). Remove this file, or link to the document where it is published.`,
          );
        else if (!SIGNATURES[ending]!(readFileSync(path).subarray(0, 16)))
          say(
            `This file ends ${ending} but is not that kind of image. Export the picture again as ${ending.slice(1).toUpperCase()} and upload it again.`,
          );
      }
    }
  };
  walk(dir);
  return problems;
}
