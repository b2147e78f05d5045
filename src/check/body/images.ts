// Images in content come from the site itself: from the uploads folder the content editor writes
// to, with an image ending on the allow-list, and the file must be there. Anything else would be
// a request to another site (which the site never makes) or a broken picture, so it is removed
// from the page and named as a problem.
import type { Element, Root } from 'hast';
import { IMAGE_ENDINGS, UPLOADS_PATH } from './sanitize-schema.ts';
import type { BodyProblem } from './render.ts';

/** The file an image address names in the uploads folder, or why it cannot be used. */
export function uploadOf(src: string): { path?: string; why?: string } {
  let path: string;
  try {
    path = decodeURI(src.split(/[?#]/)[0] ?? '');
  } catch {
    return { why: 'its address is not a valid web address' };
  }
  if (!path.startsWith(UPLOADS_PATH) || path.startsWith('//')) {
    return {
      why: `images must be uploaded to the site and written as ${UPLOADS_PATH}<file name>, never loaded from another website`,
    };
  }
  const name = path.slice(UPLOADS_PATH.length);
  if (!name || name.split('/').some((part) => part === '..' || part === '.' || part === '') || name.includes('\\')) {
    return { why: `write it as ${UPLOADS_PATH}<file name>, without \`..\`` };
  }
  const ending = name.slice(name.lastIndexOf('.')).toLowerCase();
  if (!(IMAGE_ENDINGS as readonly string[]).includes(ending)) {
    return { why: `the site shows only images ending ${IMAGE_ENDINGS.join(', ')}` };
  }
  return { path };
}

/** Removes every image the site cannot serve from the (sanitised) tree, saying why. */
export function checkImages(tree: Root, imageExists: (path: string) => boolean): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const prune = (node: Root | Element) => {
    node.children = node.children.filter((child) => {
      if (child.type !== 'element') return true;
      if (child.tagName !== 'img') {
        prune(child);
        return true;
      }
      const src = typeof child.properties.src === 'string' ? child.properties.src : '';
      const line = child.position?.start.line ?? 1;
      const { path, why } = uploadOf(src);
      if (!path) {
        problems.push({ line, message: `The image \`${src || '(no address)'}\` cannot be shown: ${why}.` });
        return false;
      }
      if (!imageExists(path)) {
        problems.push({
          line,
          message: `The image \`${src}\` is missing: there is no file public${path}. Upload it, or correct the file name.`,
        });
        return false;
      }
      if (typeof child.properties.alt !== 'string') {
        problems.push({
          line,
          message: `The image \`${src}\` needs a text description for people who cannot see it: write it in the square brackets, like ![A crowded café table](${src}).`,
        });
      }
      return true;
    });
  };
  prune(tree);
  return problems;
}
