// Where the content editor's uploads are, apart from the checks on them, so that what needs only
// the place (the record of the last check) does not load the content contract with them.
import { join } from 'node:path';

export const UPLOADS_DIR = join('public', 'uploads');
