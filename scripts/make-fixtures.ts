/**
 * `npm run fixtures`: writes the binary and markup fixtures of test/fixtures/read/ from the seed
 * texts and from content written for the project. Run it after changing a generator and commit the
 * output; tests read the committed files and never regenerate them.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeOfficeFixtures } from './fixtures/office.js';
import { writePdfHtmlFixtures } from './fixtures/pdf-html.js';
import { writeSheetFixtures } from './fixtures/sheets.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'test', 'fixtures', 'read');
mkdirSync(OUT, { recursive: true });
await writeOfficeFixtures(ROOT, OUT);
await writePdfHtmlFixtures(ROOT, OUT);
await writeSheetFixtures(ROOT);
