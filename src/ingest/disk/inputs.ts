/**
 * Reads everything the ingest takes from disk: seeds/ and the authored files in
 * content/. Every unreadable file is reported (one IngestError each, thrown together
 * as IngestErrors), with the file-system problem in plain words; authored files are
 * decoded strictly as UTF-8 (bad bytes are an error naming the line, never U+FFFD).
 */
import { existsSync, lstatSync, readdirSync, readlinkSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { type FileKind, isInside, outsideError, readBounded } from './bounded-read.ts';
import { fsIngestError, IngestError, isErrnoError, throwAll } from '../report/errors.ts';
import type { IngestInput } from '../pipeline.ts';
import { decodeAuthoredText } from '../stages/read.ts';
import { receivedFormat, unreadableFormatAdvice } from '../received/formats.ts';

/** How files are read; tests inject failures (as root, chmod 000 does not stop a read). */
export interface InputReader {
  /** The bytes of a regular file of a kind, within its size limit (src/ingest/disk/bounded-read.ts). */
  readFile(path: string, kind: FileKind): Buffer;
}

export const nodeReader: InputReader = { readFile: (path, kind) => readBounded(path, kind) };

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

  /**
   * A file's bytes, or null (and a problem) when it is not a readable regular file of `root`
   * within its kind's size limit. Checked before reading: a FIFO or device never hangs the run.
   */
  read(path: string, kind: FileKind, root: string | null): Buffer | null {
    try {
      const outside = root === null ? null : outsideError(path, root);
      if (outside) return this.push(outside);
      return this.reader.readFile(path, kind);
    } catch (e) {
      if (e instanceof IngestError) return this.push(e);
      return this.failed(path, e);
    }
  }

  push(e: IngestError): null {
    this.list.push(e);
    return null;
  }

  /** An authored text file of `root`, decoded strictly as UTF-8, or null (and a problem). */
  text(path: string, kind: FileKind, root: string): string | null {
    const bytes = this.read(path, kind, root);
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
  optional(path: string, kind: FileKind, root: string): string | null {
    if (!existsSync(path) && !isDanglingLink(path)) return null;
    return this.text(path, kind, root);
  }
}

function isDanglingLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

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
  } catch (e) {
    return problems.failed(path, e);
  }
  // a FIFO, device or socket is refused by the read itself (checked on the open descriptor)
  return problems.read(path, receivedFormat(name) === 'text' ? 'seed' : 'received', null);
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
  const texts = yamlTexts(problems, join(contentDir, 'briefs'), 'brief', contentDir);
  throwAll(problems.list);
  return texts;
}

function translations(problems: Problems, contentDir: string): Map<string, string> {
  return yamlTexts(problems, join(contentDir, 'translations', 'en'), 'translation', contentDir);
}

/** The texts of the .yaml files of a folder (files of `root`) by name without extension (none when the folder does not exist). */
function yamlTexts(problems: Problems, dir: string, kind: FileKind, root: string): Map<string, string> {
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
    const text = problems.text(join(dir, f), kind, root);
    if (text !== null) texts.set(f.replace(/\.yaml$/, ''), text);
  }
  return texts;
}

/** A name that looks like a seed but is not one the ingest reads (`*.TXT`, `*.Txt`): reported, never skipped silently. */
const MISCASED_SEED = /\.txt$/i;

/** The ingest's input and every problem met reading it (the pipeline still checks what could be read, so one run reports every problem). */
export interface CollectedInput {
  input: IngestInput;
  problems: IngestError[];
}

/** Reads the seeds folder and the content folder; every unreadable file is a problem in the list, nothing is thrown but a missing seeds folder. */
export function collectIngestInput(seedsDir: string, contentDir: string, reader: InputReader = nodeReader): CollectedInput {
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
  else manifestText = problems.text(manifestPath, 'manifest', seedsDir);
  const seeds = new Map<string, Uint8Array>();
  const unreadableSeeds: string[] = [];
  for (const f of names.sort()) {
    if (receivedFormat(f)) {
      const bytes = readSeed(problems, seedsDir, seedsReal, f);
      if (bytes) seeds.set(f, bytes);
      else unreadableSeeds.push(f);
    } else if (MISCASED_SEED.test(f)) problems.add(join(seedsDir, f), `seed files end in .txt (lower case): rename it to ${f.replace(MISCASED_SEED, '.txt')}, or move it out of seeds/`);
    else if (unreadableFormatAdvice(f)) problems.add(join(seedsDir, f), unreadableFormatAdvice(f)!);
  }
  const unitsPath = join(contentDir, 'units.yaml');
  let unitsText: string | null = null;
  if (!existsSync(unitsPath) && !isDanglingLink(unitsPath)) problems.add(unitsPath, 'missing: the registry of responsible units is needed (see docs/data.md)');
  else unitsText = problems.text(unitsPath, 'registry', contentDir);
  const optional = (...parts: string[]) => problems.optional(join(contentDir, ...parts), 'registry', contentDir);
  const input: IngestInput = {
    seeds,
    unreadableSeeds,
    manifestText,
    unitsText,
    targetOverridesText: optional('overrides', 'targets.yaml'),
    translations: translations(problems, contentDir),
    glossaryText: optional('glossary.yaml'),
    taxonomyText: optional('taxonomy.yaml'),
    tagOverridesText: optional('overrides', 'tags.yaml'),
    supersessionsText: optional('supersessions.yaml'),
    briefFiles: readBriefFiles(contentDir),
    briefTexts: yamlTexts(problems, join(contentDir, 'briefs'), 'brief', contentDir),
  };
  return { input, problems: problems.list };
}

/** The ingest's input from a seeds folder and a content folder; throws every problem found (IngestError or IngestErrors). */
export function readIngestInput(seedsDir: string, contentDir: string, reader: InputReader = nodeReader): IngestInput {
  const { input, problems } = collectIngestInput(seedsDir, contentDir, reader);
  throwAll(problems);
  return input;
}
