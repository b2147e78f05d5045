// `npm run docs`: rewrites the field reference in CONTRIBUTING.md from the schemas.
import { readFileSync, writeFileSync } from 'node:fs';
import { withReference } from '../src/contract/field-reference.ts';

const guide = readFileSync('CONTRIBUTING.md', 'utf8');
const updated = withReference(guide);
writeFileSync('CONTRIBUTING.md', updated);
console.log(
  updated === guide
    ? 'The field reference in CONTRIBUTING.md was already up to date.'
    : 'Updated the field reference in CONTRIBUTING.md.',
);
