// The one place that decides which files are content. The check and the build both read the list
// made here, so the build can never load a file the check did not see.
import { lstatSync, readdirSync, type Dirent } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import { collections, translationName, type Registry, type TranslationName } from '../contract/index.ts';
import type { Problem } from './problem.ts';
import { isNote, isReadme } from './notes.ts';
import { didYouMean } from './suggest.ts';

/** A file that is content: site.yaml, or one entry of a collection. */
export interface ContentFile {
  /** The collection's name in the registry, or `site`. */
  collection: string;
  /** Absolute path. */
  path: string;
  /** Path from the project root, as messages show it. */
  file: string;
  /**
   * For a translation (`crisis-cafe.tr.mdx` beside `crisis-cafe.mdx`, `site.tr.yaml` beside
   * site.yaml): the original's id and the language. A translation is never an entry of its own.
   */
  translates?: TranslationName;
}

/** A README in the content folders: never content, but published in the repository. */
export interface Note {
  path: string;
  file: string;
}

/** site.yaml's translation with its language code in capitals or with a region: `site.TR.yaml`, `site.tr-TR.yaml`. */
const SITE_MISWRITTEN = /^site\.([A-Za-z]{2,3})(?:[-_][A-Za-z]{2,4})?\.yaml$/;

/**
 * A file in a collection's folder that the site does not read (a hidden name, an ending it does
 * not read, a link): its problem is listed, and a reference to the entry it would be is not to a
 * missing file.
 */
export interface SetAside {
  collection: string;
  path: string;
  file: string;
  /** The id it would have: its name without a leading dot or its ending. */
  id: string;
}

export interface Listing {
  files: ContentFile[];
  /** Files in the collections' folders that are not read, each with its problem in `problems`. */
  setAside: SetAside[];
  /** README files, scanned for personal details only. */
  notes: Note[];
  problems: Problem[];
}

/**
 * Lists the content under `contentDir`. Anything in it that the site would not read is a problem,
 * never silently skipped; links (symlinks) are refused, since one can publish a file from outside
 * the repository.
 */
export function listContent(contentDir: string, root: string, registry: Registry = collections): Listing {
  const names = Object.keys(registry);
  const files: ContentFile[] = [];
  const setAside: SetAside[] = [];
  const notes: Note[] = [];
  const problems: Problem[] = [];
  const where = (path: string) => relative(root, path).split('\\').join('/');
  const note = (path: string, name: string, kind: string) => {
    if (kind === 'file' && isReadme(name)) notes.push({ path, file: where(path) });
  };
  const refuse = (path: string, message: string) => problems.push({ file: where(path), line: 1, message });
  const kindOf = (path: string) => {
    try {
      const stat = lstatSync(path);
      return stat.isSymbolicLink() ? 'link' : stat.isDirectory() ? 'folder' : stat.isFile() ? 'file' : 'other';
    } catch {
      return 'missing';
    }
  };
  const direntKind = (d: Dirent) =>
    d.isSymbolicLink() ? 'link' : d.isDirectory() ? 'folder' : d.isFile() ? 'file' : 'other';
  const strange = (path: string, kind: string) => {
    if (kind === 'link')
      refuse(
        path,
        'This is a link to another file or folder. Content must be real files in the content folder: put the file itself here.',
      );
    else refuse(path, 'This is not a file or folder the site can read. Remove it.');
  };

  if (kindOf(contentDir) !== 'folder') {
    refuse(contentDir, 'There is no content folder here. Create it, with site.yaml and a folder for each collection.');
    return { files, setAside, notes, problems };
  }

  for (const name of readdirSync(contentDir).sort()) {
    const path = join(contentDir, name);
    const kind = kindOf(path);
    if (isNote(name)) {
      note(path, name, kind);
      continue;
    }
    // site.yaml written another way (a link, Site.yaml, site.yml, .site.yaml) is refused for what
    // it is, once: it is not also "missing", nor are its translations told they have no original.
    const meantForSite = name !== 'site.yaml' || kind !== 'file';
    if (
      meantForSite &&
      name
        .toLowerCase()
        .replace(/^\./, '')
        .replace(/\.yml$/, '.yaml') === 'site.yaml'
    )
      setAside.push({ collection: 'site', path, file: where(path), id: 'site' });
    if (kind !== 'file' && kind !== 'folder') strange(path, kind);
    else if (name === 'site.yaml' && kind === 'file') files.push({ collection: 'site', path, file: where(path) });
    else if (/^site\.[a-z]{2,3}\.yaml$/.test(name) && kind === 'file')
      files.push({ collection: 'site', path, file: where(path), translates: translationName(basename(name, '.yaml')) });
    else if (kind === 'folder' && names.includes(name)) files.push(...collectionFiles(name, path));
    else if (kind === 'file' && SITE_MISWRITTEN.test(name))
      refuse(
        path,
        `This looks like a translation of site.yaml. Language codes in file names are lower case, without a region: rename it to \`site.${SITE_MISWRITTEN.exec(name)![1]!.toLowerCase()}.yaml\`.`,
      );
    else
      refuse(
        path,
        `This is not part of the content, so the site would not read it.${didYouMean(name, [...names, 'site.yaml'])} The content folder holds site.yaml and the folders ${names.join(', ')}.`,
      );
  }
  if (!files.some((f) => f.collection === 'site' && !f.translates) && !setAside.some((f) => f.collection === 'site')) {
    refuse(
      join(contentDir, 'site.yaml'),
      'There is no site.yaml. Create it with the fields name, partnership, description, contact and exampleContent.',
    );
  }
  return { files, setAside, notes, problems };

  function collectionFiles(name: string, dir: string): ContentFile[] {
    const { endings, noun } = registry[name]!;
    const found: ContentFile[] = [];
    const walk = (folder: string) => {
      // One listing with each item's kind, not a look at every file on its own.
      const items = readdirSync(folder, { withFileTypes: true }).sort((a, b) =>
        a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
      );
      const inFolder = where(folder);
      for (const dirent of items) {
        const item = dirent.name;
        const path = join(folder, item);
        const kind = direntKind(dirent);
        if (isNote(item)) {
          note(path, item, kind);
          continue;
        }
        const aside = () => {
          if (kind === 'folder') return;
          const stem = item.replace(/^\.+/, '');
          setAside.push({ collection: name, path, file: where(path), id: basename(stem, extname(stem)) });
        };
        if (kind === 'folder' && !item.startsWith('.')) walk(path);
        else if (kind !== 'file' && kind !== 'folder') {
          strange(path, kind);
          aside();
        } else if (item.startsWith('.')) {
          refuse(
            path,
            `Names starting with a dot are hidden, so people would not see this ${kind} in the folder. Rename it without the dot, or remove it.`,
          );
          aside();
        } else if (!endings.includes(extname(item))) {
          refuse(
            path,
            `The site only reads files ending ${endings.join(' or ')} in ${name}/, so it would not read this one. Rename it to end ${endings[0]}.`,
          );
          aside();
        } else {
          const translates = translationName(basename(item, extname(item)));
          found.push({ collection: name, path, file: `${inFolder}/${item}`, ...(translates ? { translates } : {}) });
        }
      }
    };
    walk(dir);
    // Two files with one name in different sub-folders would be one entry.
    const seen = new Map<string, string>();
    return found.filter((f) => {
      const id = basename(f.path, extname(f.path));
      const other = seen.get(id);
      if (other) {
        refuse(
          f.path,
          f.translates
            ? `Another file, ${other}, has the same name, so both would be the \`${f.translates.language}\` translation of the ${noun.one} \`${f.translates.of}\`. Keep one of them.`
            : `Another file, ${other}, has the same name, so both would be the ${noun.one} \`${id}\`. Rename one of them.`,
        );
        return false;
      }
      seen.set(id, f.file);
      return true;
    });
  }
}
