// The default export template writes exactly what the exporter wrote before templates existed:
// test/fixtures/export-golden/ holds that exporter's output for every case in exportCases.ts.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { DEFAULT_TEMPLATE } from '../../src/shared/export/builtInTemplates';
import { describeTemplateError, renderExport } from '../../src/shared/export/exportTemplates';
import { EXPORT_CASES } from '../fixtures/exportCases';

const golden = (name: string): string =>
  readFileSync(join(import.meta.dirname, '..', 'fixtures', 'export-golden', `${name}.md`), 'utf8');

it.each(EXPORT_CASES.map((exportCase) => [exportCase.name, exportCase] as const))(
  'the default template writes %s byte for byte as before',
  (name, exportCase) => {
    const result = renderExport(DEFAULT_TEMPLATE, {
      talks: exportCase.talks,
      options: exportCase.talks[0].options,
      ...(exportCase.collectionTitle ? { collectionTitle: exportCase.collectionTitle } : {}),
    });
    if (!result.ok) throw new Error(describeTemplateError(result.error));
    expect(result.value).toBe(golden(name));
  },
);
