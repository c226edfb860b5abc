// The default export template writes exactly what the exporter wrote before templates existed:
// test/fixtures/export-golden/ holds that exporter's output for every case in exportCases.ts.
// Both routes are checked: the default as exports render it (written out in code) and through
// LiquidJS.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { DEFAULT_TEMPLATE } from '../../src/shared/export/builtInTemplates';
import { describeTemplateError, renderExport, renderWithLiquid } from '../../src/shared/export/exportTemplates';
import { EXPORT_CASES } from '../fixtures/exportCases';

const golden = (name: string): string =>
  readFileSync(join(import.meta.dirname, '..', 'fixtures', 'export-golden', `${name}.md`), 'utf8');

it.each(EXPORT_CASES.map((exportCase) => [exportCase.name, exportCase] as const))(
  'the default template writes %s byte for byte as before',
  (name, exportCase) => {
    const input = {
      talks: exportCase.talks,
      options: exportCase.talks[0].options,
      ...(exportCase.collectionTitle ? { collectionTitle: exportCase.collectionTitle } : {}),
    };
    for (const render of [renderExport, renderWithLiquid]) {
      const result = render(DEFAULT_TEMPLATE, input);
      if (!result.ok) throw new Error(describeTemplateError(result.error));
      expect(result.value).toBe(golden(name));
    }
  },
);
