/**
 * Reads everything the ingest takes from disk: seeds/ and the authored files in
 * content/. Every unreadable file is reported (one IngestError each, thrown together
 * as IngestErrors), with the file-system problem in plain words; authored files are
 * decoded strictly as UTF-8 (bad bytes are an error naming the line, never U+FFFD).
 */
import { existsSync, lstatSync, readdirSync, readFileSync, readlinkSync, realpathSync, statSync } from 'node:fs';
import { join, relative, isAbsolute } from 'node:path';
import { fsIngestError, IngestError, isErrnoError, throwAll } from './errors.ts';
import type { IngestInput } from './pipeline.ts';
import { decodeAuthoredText } from './read.ts';

/** How files are read; tests inject failures (as root, chmod 000 does not stop a read). */
export interface InputReader {
  readFile(path: string): Buffer;
}

export const nodeReader: InputReader = { readFile: (path) => readFileSync(path) };

/** Collects the problems of one read of the inputs, so that all of them are reported at once. */
class Problems {
  readonly list: IngestError[] = [];
  constructor(readonly reader: InputReader) {}

  add(file: string, problem: string): null {
    this.list.push(new IngestError(file, null, problem));
    return null;
  }

  /** Records a file-system error (anything else is a bug and is rethrown). */
  failed(path: string, e: unknown): null {
    if (!isErrnoError(e)) throw e;
    this.list.push(fsIngestError(e, path));
    return null;
  }

  /** A file's bytes, or null (and a problem) when it is not a readable regular file. */
  read(path: string): Buffer | null {
    try {
      if (statSync(path).isDirectory()) return this.add(path, 'is a folder, not a file');
      return this.reader.readFile(path);
    } catch (e) {
      return this.failed(path, e);
    }
  }

  /** An authored text file, decoded strictly as UTF-8, or null (and a problem). */
  text(path: string): string | null {
    const bytes = this.read(path);
    if (!bytes) return null;
    try {
      return decodeAuthoredText(path, bytes);
    } catch (e) {
      if (!(e instanceof IngestError)) throw e;
      this.list.push(e);
      return null;
    }
  }

  /** An authored text file that may be absent: null when it does not exist. */
  optional(path: string): string | null {
    if (!existsSync(path) && !isDanglingLink(path)) return null;
    return this.text(path);
  }
}

function isDanglingLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** Whether `path` is inside `dir` (both real paths). */
const isInside = (path: string, dir: string) => {
  const rel = relative(dir, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
};

/**
 * One seed file's bytes, or null with a problem: seeds are regular files inside the
 * seeds folder. A symlink may point to another file of seeds/ (it is then read as its
 * own file), never outside it, to a folder or to nothing.
 */
function readSeed(problems: Problems, seedsDir: string, seedsReal: string, name: string): Buffer | null {
  const path = join(seedsDir, name);
  let stat;
  try {
    const link = lstatSync(path);
    if (link.isSymbolicLink()) {
      let target: string;
      try {
        target = realpathSync(path);
      } catch (e) {
        if (isErrnoError(e) && e.code === 'ENOENT') return problems.add(path, `dangling symbolic link: it points to ${readlinkSync(path)}, which does not exist`);
        if (isErrnoError(e) && e.code === 'ELOOP') return problems.add(path, 'symbolic link loop');
        throw e;
      }
      if (!isInside(target, seedsReal)) return problems.add(path, `symbolic link to ${target}, outside the seeds folder: seeds must be files inside ${seedsDir}/`);
      stat = statSync(target);
      if (stat.isDirectory()) return problems.add(path, `symbolic link to a folder (${target}), not a text file`);
    } else stat = link;
    if (stat.isDirectory()) return problems.add(path, 'is a folder, not a text file');
    // a FIFO or device would block or never end
    if (!stat.isFile()) return problems.add(path, 'not a regular file');
  } catch (e) {
    return problems.failed(path, e);
  }
  return problems.read(path);
}

/** content/translations/en/<policy>.yaml texts by policy id. */
export function readTranslations(contentDir: string, reader: InputReader = nodeReader): Map<string, string> {
  const problems = new Problems(reader);
  const texts = translations(problems, contentDir);
  throwAll(problems.list);
  return texts;
}

/** The file names in content/briefs/ (the ingest only checks which policies have one). */
export function readBriefFiles(contentDir: string): string[] {
  const dir = join(contentDir, 'briefs');
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort() : [];
}

/** content/briefs/<policy>.yaml texts by policy id (parsed and checked by the ingest). */
export function readBriefs(contentDir: string, reader: InputReader = nodeReader): Map<string, string> {
  const problems = new Problems(reader);
  const texts = yamlTexts(problems, join(contentDir, 'briefs'));
  throwAll(problems.list);
  return texts;
}

function translations(problems: Problems, contentDir: string): Map<string, string> {
  return yamlTexts(problems, join(contentDir, 'translations', 'en'));
}

/** The texts of the .yaml files of a folder by name without extension (none when the folder does not exist). */
function yamlTexts(problems: Problems, dir: string): Map<string, string> {
  const texts = new Map<string, string>();
  if (!existsSync(dir)) return texts;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (e) {
    problems.failed(dir, e);
    return texts;
  }
  for (const f of names.filter((x) => x.endsWith('.yaml')).sort()) {
    const text = problems.text(join(dir, f));
    if (text !== null) texts.set(f.replace(/\.yaml$/, ''), text);
  }
  return texts;
}

/** The ingest's input from a seeds folder and a content folder; throws every problem found (IngestError or IngestErrors). */
export function readIngestInput(seedsDir: string, contentDir: string, reader: InputReader = nodeReader): IngestInput {
  const problems = new Problems(reader);
  let names: string[];
  let seedsReal: string;
  try {
    names = readdirSync(seedsDir);
    seedsReal = realpathSync(seedsDir);
  } catch (e) {
    // without the folder there is nothing else to check
    if (isErrnoError(e)) throw fsIngestError(e, seedsDir, e.code === 'ENOENT' ? ': the seeds folder is needed' : '');
    throw e;
  }
  const manifestPath = join(seedsDir, 'manifest.yaml');
  let manifestText: string | null = null;
  if (!existsSync(manifestPath) && !isDanglingLink(manifestPath)) problems.add(manifestPath, 'missing: every seed needs an entry in the manifest');
  else manifestText = problems.text(manifestPath);
  const seeds = new Map<string, Uint8Array>();
  for (const f of names.filter((x) => x.endsWith('.txt')).sort()) {
    const bytes = readSeed(problems, seedsDir, seedsReal, f);
    if (bytes) seeds.set(f, bytes);
  }
  const unitsPath = join(contentDir, 'units.yaml');
  let unitsText: string | null = null;
  if (!existsSync(unitsPath) && !isDanglingLink(unitsPath)) problems.add(unitsPath, 'missing: the registry of responsible units is needed (see docs/data.md)');
  else unitsText = problems.text(unitsPath);
  const input = {
    seeds,
    manifestText,
    unitsText,
    targetOverridesText: problems.optional(join(contentDir, 'overrides', 'targets.yaml')),
    translations: translations(problems, contentDir),
    glossaryText: problems.optional(join(contentDir, 'glossary.yaml')),
    taxonomyText: problems.optional(join(contentDir, 'taxonomy.yaml')),
    tagOverridesText: problems.optional(join(contentDir, 'overrides', 'tags.yaml')),
    supersessionsText: problems.optional(join(contentDir, 'supersessions.yaml')),
    briefFiles: readBriefFiles(contentDir),
    briefTexts: yamlTexts(problems, join(contentDir, 'briefs')),
  };
  throwAll(problems.list);
  return { ...input, manifestText: input.manifestText!, unitsText: input.unitsText! };
}
