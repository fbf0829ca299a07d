/** Writes docs/data-sheet.md from core/data-sheet/ (a unit test checks it is in sync). */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DATA_SHEET_DOC, dataSheetMarkdown } from '../core/data-sheet/data-sheet';

writeFileSync(resolve(import.meta.dirname, '..', DATA_SHEET_DOC), dataSheetMarkdown());
console.log(`data sheet: ${DATA_SHEET_DOC} written`);
