import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

import { parseDocument } from 'yaml';
import type { z } from 'zod';

import { PROJECT_ROOT } from '../../../common/project-root';

import { type FrameworkContent, frameworkContentSchema } from './framework-content.schema';

export const CONTENT_DIR = join(PROJECT_ROOT, 'content', 'frameworks');

/** One thing wrong with a framework file: where inside the file (a path such as `sections[0].items[2].text`, or a line), and what. */
export type FrameworkContentIssue = { path: string; message: string };

/** A framework file that cannot be loaded; the message names the file, the path inside it and the problem. */
export class FrameworkContentError extends Error {
  /** Each issue as one line, "path: problem". */
  readonly problems: string[];

  constructor(
    readonly file: string,
    readonly issues: FrameworkContentIssue[],
  ) {
    const problems = issues.map((issue) => `${issue.path}: ${issue.message}`);
    super(`Framework content ${file} is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'FrameworkContentError';
    this.problems = problems;
  }
}

export type LoadedFramework = {
  file: string;
  /** sha256 of the file's bytes: a loaded version is immutable, so a changed file must get a new version. */
  contentHash: string;
  content: FrameworkContent;
};

const formatPath = (path: PropertyKey[]): string =>
  path.length === 0
    ? '(top level)'
    : path.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`)).join('');

const describeIssues = (error: z.ZodError): FrameworkContentIssue[] =>
  error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));

/**
 * Parses and validates one framework file's text; throws FrameworkContentError naming what is wrong.
 * Files in content/ must also sit at `<key>/<version>.yaml`; an uploaded file (checkLocation false)
 * is checked by the same schema but has no place in the folder yet.
 */
export function parseFrameworkContent(file: string, source: string, { checkLocation = true } = {}): LoadedFramework {
  const document = parseDocument(source, { prettyErrors: true, uniqueKeys: true });
  if (document.errors.length > 0) {
    throw new FrameworkContentError(
      file,
      document.errors.map((e) => ({ path: `line ${e.linePos?.[0].line ?? '?'}`, message: `YAML syntax: ${e.message.split('\n')[0]}` })),
    );
  }
  const parsed = frameworkContentSchema.safeParse(document.toJS());
  if (!parsed.success) throw new FrameworkContentError(file, describeIssues(parsed.error));

  const expectedName = join(parsed.data.key, `${parsed.data.version}.yaml`);
  if (checkLocation && !file.endsWith(expectedName)) {
    throw new FrameworkContentError(file, [
      {
        path: '(top level)',
        message: `a file with key "${parsed.data.key}" and version "${parsed.data.version}" belongs at ${expectedName}`,
      },
    ]);
  }
  return { file, contentHash: createHash('sha256').update(source).digest('hex'), content: parsed.data };
}

/** Reads every content/frameworks/<key>/<version>.yaml; throws on the first invalid file. */
export function loadFrameworkContent(dir: string = CONTENT_DIR): LoadedFramework[] {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.yaml') || name.endsWith('.yml'))
    .sort();
  const frameworks = files.map((name) => {
    const path = join(dir, name);
    return parseFrameworkContent(relative(PROJECT_ROOT, path), readFileSync(path, 'utf8'));
  });
  const ids = frameworks.map((f) => `${f.content.key}@${f.content.version}`);
  const repeated = ids.find((id, i) => ids.indexOf(id) !== i);
  if (repeated) throw new FrameworkContentError(dir, [{ path: '(top level)', message: `${repeated} is defined by more than one file` }]);
  return frameworks;
}
