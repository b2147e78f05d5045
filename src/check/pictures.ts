// The picture set Easy Read lines may name: OpenMoji (CC BY-SA 4.0), installed from npm as Iconify
// JSON. Read from the file rather than imported, so the 9 MB of pictures is never bundled into the
// build's code; only the pictures the content names are written out, as files of the site itself.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { PICTURE_SET } from '../contract/easy-read.ts';

interface IconSet {
  icons: Record<string, { body: string; width?: number; height?: number }>;
  aliases?: Record<string, { parent: string }>;
  width?: number;
  height?: number;
}

export { PICTURE_SET };

// A build has this module twice, the check's and the pages' bundled copy, and reading the set
// takes about 25 ms; both keep it in one place on globalThis, so it is read once per process.
const LOADED = Symbol.for('portal.picture-set');

function pictureSet(): IconSet {
  const kept = globalThis as Record<symbol, IconSet | undefined>;
  return (kept[LOADED] ??= JSON.parse(
    readFileSync(createRequire(import.meta.url).resolve('@iconify-json/openmoji/icons.json'), 'utf8'),
  ) as IconSet);
}

/** Every picture name a line may use (the set's aliases too), sorted. */
export function pictureNames(): string[] {
  const set = pictureSet();
  return [...Object.keys(set.icons), ...Object.keys(set.aliases ?? {})].sort();
}

export function isPicture(name: string): boolean {
  const set = pictureSet();
  return Object.hasOwn(set.icons, name) || Object.hasOwn(set.aliases ?? {}, name);
}

/** The picture as a standalone SVG file, with the credit its licence asks for; undefined for an unknown name. */
export function pictureSvg(name: string): string | undefined {
  const set = pictureSet();
  const icon = set.icons[name] ?? set.icons[set.aliases?.[name]?.parent ?? ''];
  if (!icon) return undefined;
  const width = icon.width ?? set.width ?? 72;
  const height = icon.height ?? set.height ?? 72;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">` +
    `<!-- ${name}: ${PICTURE_SET.name} (${PICTURE_SET.home}), ${PICTURE_SET.licence} (${PICTURE_SET.licenceUrl}) -->` +
    `${icon.body}</svg>\n`
  );
}
