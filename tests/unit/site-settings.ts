// The site settings the unit tests' small partnerships share: none of them depends on these values.
import { DEFAULT_LICENCE, type Site } from '../../src/contract/index.ts';

export const SITE: Site = {
  name: 'n',
  partnership: 'p',
  description: 'd',
  contact: 'a@b.example',
  exampleContent: false,
  locale: 'en-GB',
  licence: DEFAULT_LICENCE,
};
