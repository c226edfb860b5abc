// The layering rules must be able to fail. Every zone of `import-x/no-restricted-paths` (read back
// from the configuration ESLint computes, so a new zone is probed too), every package refused by
// name, the literal-only dynamic import and `import-x/no-cycle` are each given a violation written
// into the real source tree, and `npm run lint`'s own configuration must report it. Allowed imports
// must stay unreported.

import { existsSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const written: string[] = [];
const eslint = new ESLint({ cwd: root });
let counter = 0;

/** Writes a module into `folder` of the real source tree, where the rules apply, until the tests end. */
function probe(folder: string, text: string, name = `lintProbe${process.pid}x${counter++}`): string {
  const file = path.join(root, folder, `${name}.ts`);
  written.push(file);
  writeFileSync(file, text);
  return file;
}

afterAll(() => {
  for (const file of written) rmSync(file, { force: true });
});

interface Reported {
  line: number;
  rule: string | null;
  message: string;
}

async function reported(file: string): Promise<Reported[]> {
  const [result] = await eslint.lintFiles([file]);
  return result.messages.map((message) => ({ line: message.line, rule: message.ruleId, message: message.message }));
}

function boundaryReports(reports: Reported[]): Reported[] {
  return reports.filter((report) =>
    ['import-x/no-restricted-paths', 'no-restricted-imports', 'no-restricted-syntax'].includes(report.rule ?? ''),
  );
}

/** A specifier, relative to `fromFolder`, for a real module inside `target` (a file or a folder). */
function specifierFor(fromFolder: string, target: string): string {
  if (target.startsWith('node_modules/')) return target.slice('node_modules/'.length);
  let file = path.join(root, target);
  while (statSync(file).isDirectory()) {
    const entries = readdirSync(file).sort();
    const source = entries.find((entry) => /\.tsx?$/.test(entry) && !/\.(test|spec|d)\./.test(entry));
    const next = source ?? entries.find((entry) => statSync(path.join(file, entry)).isDirectory());
    if (!next) throw new Error(`no module to import in ${target}`);
    file = path.join(file, next);
  }
  const relative = path.relative(path.join(root, fromFolder), file).replace(/\.tsx?$/, '');
  return relative.startsWith('.') ? relative : `./${relative}`;
}

interface Zone {
  target: string | string[];
  from: string | string[];
  message?: string;
}

async function configuredZones(): Promise<Zone[]> {
  const config = (await eslint.calculateConfigForFile(path.join(root, 'src/renderer/src/main.tsx'))) as {
    rules: Record<string, [unknown, { zones: Zone[] }]>;
  };
  return config.rules['import-x/no-restricted-paths'][1].zones;
}

describe('boundaries judged on resolved paths', () => {
  it('reports every zone, for a static and a dynamic import of each forbidden place', async () => {
    const zones = await configuredZones();
    expect(zones.length).toBeGreaterThan(20);
    const unreported: string[] = [];
    for (const zone of zones) {
      for (const target of [zone.target].flat()) {
        // A glob target names files directly in a folder (src/renderer/src/*.ts): write one there.
        const folder = target.includes('*') ? path.dirname(target) : target;
        const froms = [zone.from].flat();
        const lines = froms.flatMap((from) => {
          const specifier = specifierFor(folder, from);
          return [`import '${specifier}';`, `void import('${specifier}');`];
        });
        const file = probe(folder, `${lines.join('\n')}\nexport {};\n`);
        const lineReported = new Set(boundaryReports(await reported(file)).map((report) => report.line));
        lines.forEach((line, index) => {
          if (!lineReported.has(index + 1)) unreported.push(`${folder}: ${line}`);
        });
      }
    }
    expect(unreported).toEqual([]);
  });

  it('sees through the spellings a text match missed', async () => {
    const probes = [
      "import '../../src/library/libraryView';",
      "import '../highlights/../library/libraryView';",
      "import './../library/libraryView';",
      "import '../storage/db.ts';",
      "void import('../library/libraryView');",
      "void import('../storage/db');",
      "void import('dexie');",
      "void import('dexie-react-hooks');",
      "import '../storage/testDatabase';",
    ];
    const file = probe('src/renderer/src/reader', `${probes.join('\n')}\nexport {};\n`);
    const lines = boundaryReports(await reported(file)).map((report) => report.line);
    expect(lines).toEqual(probes.map((_, index) => index + 1));
  });

  it('allows the shared folders, the features declared beneath, and Dexie inside storage/', async () => {
    const reader = probe(
      'src/renderer/src/reader',
      "import '../ui/Dialog';\nimport '../highlights/citation';\nimport '../storage/highlights';\nvoid import('../notes/NoteEditor');\nexport {};\n",
    );
    const storage = probe('src/renderer/src/storage', "import 'dexie';\nimport './db';\nexport {};\n");
    expect(boundaryReports(await reported(reader))).toEqual([]);
    expect(boundaryReports(await reported(storage))).toEqual([]);
  });
});

describe('packages refused by name, per process', () => {
  const cases: [folder: string, specifier: string][] = [
    ['src/shared', 'node:fs'],
    ['src/shared', 'react'],
    ['src/main', 'react-dom'],
    ['src/main/corpus', 'electron'],
    ['src/preload', 'path'],
    ['src/renderer/src/ui', 'electron'],
    ['src/renderer/src/library', 'node:path'],
  ];
  it.each(cases)('%s may not import %s', async (folder, specifier) => {
    const file = probe(folder, `import '${specifier}';\nexport {};\n`);
    expect(boundaryReports(await reported(file))).toContainEqual(expect.objectContaining({ line: 1 }));
  });

  it('refuses a dynamic import whose module is not a string literal', async () => {
    const file = probe('src/renderer/src/library', "const where = '../storage/db';\nvoid import(where);\nexport {};\n");
    expect(await reported(file)).toContainEqual(expect.objectContaining({ line: 2, rule: 'no-restricted-syntax' }));
  });
});

describe('import cycles', () => {
  it('reports an import cycle', async () => {
    const folder = 'src/renderer/src/library';
    const first = `lintCycleA${process.pid}`;
    const second = `lintCycleB${process.pid}`;
    probe(folder, `import { b } from './${second}';\nexport const a = (): number => b() + 1;\n`, first);
    const file = probe(folder, `import { a } from './${first}';\nexport const b = (): number => a();\n`, second);
    expect(existsSync(file)).toBe(true);
    expect(await reported(file)).toContainEqual(expect.objectContaining({ rule: 'import-x/no-cycle' }));
  });
});
