/**
 * Listing an evaluation corpus laid out like PolNeAR: `DIR/text/NAME.txt`
 * articles and `DIR/attributions/NAME_ANNOTATOR.ann` gold annotations.
 *
 * Each article is paired with its first annotation file in sorted order (some
 * articles were annotated by several people). The annotator id is what follows
 * the last underscore, so an article NAME (which may itself hold underscores)
 * owns exactly the files named NAME + '_' + id + '.ann' with no underscore in
 * id. An article without any annotation file is kept with no gold
 * attributions and counted in `missingAnnotations`. Everything is sorted by
 * code unit, so the order never depends on the file system or the locale.
 */

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseBratDetailed, type BratIssue, type GoldAttribution } from './brat.js';

/** The corpus folder is missing or not laid out as text/ + attributions/. */
export class CorpusError extends Error {
  override readonly name = 'CorpusError';
  constructor(
    message: string,
    readonly dir: string,
  ) {
    super(message);
  }
}

export interface CorpusDocument {
  /** Article name: the text file's name without `.txt`. */
  name: string;
  textPath: string;
  /** The article text, less a byte-order mark (what gold offsets index). */
  text: string;
  gold: GoldAttribution[];
  /** Annotator id of the annotation file used; '' when there is none. */
  annotator: string;
  /** Path of the annotation file used, or null when there is none. */
  annotationPath: string | null;
  /** Lines of the annotation file that were skipped, and why. */
  issues: BratIssue[];
}

export interface Corpus {
  dir: string;
  documents: CorpusDocument[];
  /** Names of the articles that have no annotation file. */
  missingAnnotations: string[];
}

/** Read every article of the corpus with its gold attributions, sorted by name. */
export function loadCorpus(dir: string): Corpus {
  const textDir = join(dir, 'text');
  const annotationDir = join(dir, 'attributions');
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new CorpusError(`${dir}: no such corpus folder`, dir);
  }
  for (const [folder, sub, what] of [
    [textDir, 'text', 'articles (NAME.txt)'],
    [annotationDir, 'attributions', 'annotations (NAME_ANNOTATOR.ann)'],
  ] as const) {
    if (!existsSync(folder) || !statSync(folder).isDirectory()) {
      throw new CorpusError(`${dir}: no ${sub}/ folder of ${what}`, dir);
    }
  }

  const annotationsByName = new Map<string, Array<{ file: string; annotator: string }>>();
  for (const file of sortedEntries(annotationDir)) {
    const match = /^(.+)_([^_]+)\.ann$/.exec(file);
    if (!match) continue;
    const name = match[1]!;
    const list = annotationsByName.get(name) ?? [];
    list.push({ file, annotator: match[2]! });
    annotationsByName.set(name, list);
  }

  const documents: CorpusDocument[] = [];
  const missingAnnotations: string[] = [];
  for (const file of sortedEntries(textDir)) {
    if (!file.endsWith('.txt')) continue;
    const name = file.slice(0, -'.txt'.length);
    const textPath = join(textDir, file);
    const text = stripByteOrderMark(readFileSync(textPath, 'utf8'));
    const first = annotationsByName.get(name)?.[0];
    if (first === undefined) {
      missingAnnotations.push(name);
      documents.push({ name, textPath, text, gold: [], annotator: '', annotationPath: null, issues: [] });
      continue;
    }
    const annotationPath = join(annotationDir, first.file);
    const parsed = parseBratDetailed(readFileSync(annotationPath, 'utf8'));
    documents.push({
      name,
      textPath,
      text,
      gold: parsed.attributions,
      annotator: first.annotator,
      annotationPath,
      issues: parsed.issues,
    });
  }
  return { dir, documents, missingAnnotations };
}

/** The corpus's documents (see `loadCorpus` for the missing-annotation list). */
export function listCorpus(dir: string): CorpusDocument[] {
  return loadCorpus(dir).documents;
}

function sortedEntries(folder: string): string[] {
  return readdirSync(folder).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function stripByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
