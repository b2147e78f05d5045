// Files that are not content and never published: system clutter, and notes for people browsing a
// folder (a README). Told apart by name alone, so the build can leave them out without the checker.

/** A note for people browsing the folder: public in the repository, so it is scanned for personal details. */
export const isReadme = (name: string): boolean => /^readme(\.(md|txt))?$/i.test(name);

/** Left where they are and never read as content: system clutter, and README notes. */
export function isNote(name: string): boolean {
  return ['.gitkeep', '.DS_Store', 'Thumbs.db', 'desktop.ini'].includes(name) || isReadme(name);
}
