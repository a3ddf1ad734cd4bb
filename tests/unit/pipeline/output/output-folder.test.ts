import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildData } from '../../../../src/pipeline/build-data.ts';
import { claimOutputFolder, OutputFolderError } from '../../../../src/pipeline/output/output-folder.ts';

const tinyDir = 'tests/fixtures/build/tiny';
const fresh = (): string => mkdtempSync(join(tmpdir(), 'atlas-folder-'));
const filesBelow = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(dir, f)).isFile());

describe('the data step in a folder it does not own', () => {
  it('refuses an existing folder of unrelated files, naming it, and leaves every file as it was', async () => {
    const out = fresh();
    writeFileSync(join(out, 'notes.txt'), 'mine');
    mkdirSync(join(out, 'photos'));
    writeFileSync(join(out, 'photos', 'a.jpg'), 'jpeg');
    await expect(buildData({ configPath: join(tinyDir, 'tiny.config.ts'), dataDir: out })).rejects.toThrow(
      /output folder .* is not empty and was not made by the data step.*It holds: notes\.txt, photos\. Point --out \(or ATLAS_DATA_DIR\) at a new or empty folder/,
    );
    expect(readdirSync(out).sort()).toEqual(['notes.txt', 'photos']);
    expect(readFileSync(join(out, 'photos', 'a.jpg'), 'utf8')).toBe('jpeg');
  });

  it("refuses the config's own folder, keeping the config and its inputs", async () => {
    const project = fresh();
    cpSync(tinyDir, project, { recursive: true });
    const before = readdirSync(project).sort();
    await expect(buildData({ configPath: join(project, 'tiny.config.ts'), dataDir: project })).rejects.toThrow(
      OutputFolderError,
    );
    expect(readdirSync(project).sort()).toEqual(before);
  });

  it('refuses a file given as the folder', () => {
    const file = join(fresh(), 'data.json');
    writeFileSync(file, '{}');
    expect(() => claimOutputFolder(file)).toThrow(/is a file, not a folder/);
  });

  // Node's recursive mkdir never returns for a path in /proc: the build hung instead of failing.
  it.skipIf(!existsSync('/proc/self'))(
    'fails at once, naming the folder and the error, for a folder /proc cannot hold',
    () => {
      const started = Date.now();
      expect(() => claimOutputFolder('/proc/atlas-out/data')).toThrow(OutputFolderError);
      expect(() => claimOutputFolder('/proc/atlas-out/data')).toThrow(
        /^output folder \/proc\/atlas-out\/data cannot be written \(ENOENT: no such file or directory, mkdir '\/proc\/atlas-out'\)\. Point --out \(or ATLAS_DATA_DIR\) at a folder you can write/,
      );
      expect(Date.now() - started).toBeLessThan(2000);
    },
  );

  it('refuses a folder below a file, naming the file', () => {
    const dir = fresh();
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    expect(() => claimOutputFolder(join(dir, 'notes.txt', 'out'))).toThrow(
      /output folder .*notes\.txt\/out cannot be made: .*notes\.txt is a file, not a folder\. Point --out/,
    );
    expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).toBe('mine');
  });
});

describe('cleanup in a folder the data step owns', () => {
  it('deletes the outputs it no longer uses but never a file it did not write', async () => {
    const project = fresh();
    cpSync(tinyDir, project, { recursive: true });
    const out = join(fresh(), 'data');
    const configPath = join(project, 'tiny.config.ts');
    await buildData({ configPath, dataDir: out });
    const firstFiles = filesBelow(out);
    writeFileSync(join(out, 'README.txt'), 'added by a person');
    writeFileSync(join(out, 'cases', 'extra.0123456789.json'), '{}');
    writeFileSync(join(project, 'cases.csv'), readFileSync(join(project, 'cases.csv'), 'utf8') + '2024-01-05,A1,4\n');
    const second = await buildData({ configPath, dataDir: out });
    expect(second.manifest.datasets[0]?.quality.rowsIn).toBe(10);
    expect(readFileSync(join(out, 'README.txt'), 'utf8')).toBe('added by a person');
    expect(existsSync(join(out, 'cases', 'extra.0123456789.json'))).toBe(true);
    // Outputs of the first run that the second no longer uses are gone; the rest are in its record.
    const kept = new Set(readFileSync(join(out, '.cache', 'written.log'), 'utf8').split('\n'));
    const gone = firstFiles.filter((f) => !existsSync(join(out, f)));
    expect(gone.length).toBeGreaterThan(0);
    for (const f of firstFiles.filter((f) => existsSync(join(out, f)))) {
      expect(kept.has(f) || f === 'manifest.json' || f.startsWith('.cache/owner') || f.endsWith('written.log'), f).toBe(
        true,
      );
    }
  });

  it('ignores a record that names a path outside the folder', async () => {
    const parent = fresh();
    const out = join(parent, 'data');
    await buildData({ configPath: join(tinyDir, 'tiny.config.ts'), dataDir: out });
    writeFileSync(join(parent, 'precious.txt'), 'keep');
    const log = join(out, '.cache', 'written.log');
    writeFileSync(log, `${readFileSync(log, 'utf8')}../precious.txt\n/etc/hostname\n`);
    await buildData({ configPath: join(tinyDir, 'tiny.config.ts'), dataDir: out });
    expect(readFileSync(join(parent, 'precious.txt'), 'utf8')).toBe('keep');
  });

  it('adopts an output folder written before the owner mark, deleting only its content-hashed outputs', async () => {
    const out = fresh();
    mkdirSync(join(out, '.cache'));
    mkdirSync(join(out, 'old'));
    writeFileSync(join(out, 'manifest.json'), JSON.stringify({ schemaVersion: 1 }));
    writeFileSync(join(out, 'old', 'summary.0123456789.json'), '{}');
    writeFileSync(join(out, 'old', 'notes.txt'), 'kept');
    await buildData({ configPath: join(tinyDir, 'tiny.config.ts'), dataDir: out });
    expect(existsSync(join(out, 'old', 'summary.0123456789.json'))).toBe(false);
    expect(readFileSync(join(out, 'old', 'notes.txt'), 'utf8')).toBe('kept');
  });
});
