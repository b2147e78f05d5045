// Photos keep where and how they were taken (GPS, camera, sometimes a name) in their metadata.
// After every build, each uploaded image in the site is encoded again without it. The content
// check has already refused anything in public/uploads that is not an allowed image, except notes
// (a README, .gitkeep, .DS_Store), which it leaves for people: they are not published at all.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import sharp from 'sharp';
import { isNote } from '../check/notes.ts';

function files(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
      d.isDirectory() ? files(join(dir, d.name)) : [join(dir, d.name)],
    );
  } catch {
    return [];
  }
}

/** The image encoded again, same format, pixels turned upright first, with no metadata at all. */
export async function withoutMetadata(input: Buffer): Promise<Buffer> {
  return sharp(input, { animated: true }).rotate().toBuffer();
}

export function uploads(): AstroIntegration {
  return {
    name: 'uploads-without-metadata',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const uploaded = files(join(fileURLToPath(dir), 'uploads'));
        for (const note of uploaded.filter((path) => isNote(basename(path)))) rmSync(note);
        const images = uploaded.filter((path) => !isNote(basename(path)));
        for (const path of images) writeFileSync(path, await withoutMetadata(readFileSync(path)));
        if (images.length)
          logger.info(`Removed metadata from ${images.length} uploaded ${images.length === 1 ? 'image' : 'images'}.`);
      },
    },
  };
}
