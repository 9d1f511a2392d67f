/**
 * Content errors name the file, the field and what was expected, and are
 * collected across the whole tree so an editor sees every problem at once.
 */
import type { z } from 'zod';

/** One problem in one content file. */
export interface ContentProblem {
  /** Path relative to the project root, e.g. `content/models/minimax/m2/en.md`. */
  file: string;
  /** Dotted path of the field, e.g. `pricing.inputPerMillion` or `faq[2].answer`; empty for the file as a whole. */
  field: string;
  /** What is wrong and what was expected. */
  message: string;
}

/** Thrown when the content tree is invalid; nothing is built from it. */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];
  constructor(problems: readonly ContentProblem[]) {
    super(formatProblems(problems));
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** One line per problem: `file › field: message`. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  const lines = problems.map((p) => `  ${p.file}${p.field ? ` › ${p.field}` : ''}: ${p.message}`);
  return `Invalid content (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${lines.join('\n')}`;
}

/** A key as a field path prints it: bare when it is a plain name, else quoted with its escapes (no raw control character reaches a terminal). */
export const keyInPath = (key: string) => (/^[\w.-]+$/.test(key) ? key : JSON.stringify(key));

/** `faq[2].answer` from zod's `['faq', 2, 'answer']`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${keyInPath(String(key))}`))
    .join('');
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${String(value)}`;
}

/** Turns zod issues into problems a content editor can act on. */
export function problemsFromZod(file: string, error: z.ZodError, factKeys: readonly string[] = []): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const issue of error.issues) {
    const base = fieldPath(issue.path);
    if (issue.code === 'unrecognized_keys') {
      // A schema may explain its own unknown keys (a listed price given rates): that message says more than "unknown key".
      if (!issue.message.startsWith('Unrecognized key')) {
        problems.push({ file, field: base, message: issue.message });
        continue;
      }
      for (const key of issue.keys) {
        const field = base ? `${base}.${keyInPath(key)}` : keyInPath(key);
        const message = factKeys.includes(key)
          ? `"${key}" is a fact: facts are typed once, in the en file, so every locale shows the same value; remove it here`
          : `unknown key ${JSON.stringify(key)}: check the spelling against the field reference in README.md`;
        problems.push({ file, field, message });
      }
      continue;
    }
    let message = issue.message;
    if (issue.code === 'invalid_type') {
      const input = (issue as { input?: unknown }).input;
      message =
        input === undefined
          ? `required field is missing (expected ${issue.expected})`
          : message.startsWith('Invalid input')
            ? `expected ${issue.expected}, got ${describeValue(input)}`
            : `${message} (got ${describeValue(input)})`;
    } else if (issue.code === 'invalid_value' && message.startsWith('Invalid option')) {
      message = `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    }
    problems.push({ file, field: base, message });
  }
  return problems;
}
