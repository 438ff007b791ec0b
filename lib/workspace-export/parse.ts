import type { z } from 'zod';
import { AppError, type FieldErrors } from '@/lib/errors';
import { addFieldError, CONTROL_MESSAGE, controlCharacterErrors } from '@/lib/validations/text';
import { checkReferences, type Problem } from './references';
import { EXPORT_FORMAT, SCHEMA_VERSION, workspaceDocumentSchema, type WorkspaceDocument } from './schema';

const MAX_PROBLEMS = 20;

function zodProblems(error: z.ZodError): Problem[] {
  const out: Problem[] = [];
  for (const issue of error.issues) {
    const base = issue.path.map(String);
    if (issue.code === 'unrecognized_keys') for (const k of issue.keys) out.push({ path: [...base, k].join('.'), message: 'Unknown field.' });
    else out.push({ path: base.join('.') || '(file)', message: issue.message });
  }
  return out;
}

function refuse(problems: Problem[]): never {
  const shown = problems.slice(0, MAX_PROBLEMS);
  const fields: FieldErrors = {};
  for (const p of shown) addFieldError(fields, p.path, p.message);
  const first = shown[0];
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})` : '';
  throw new AppError('invalid', `This file cannot be imported: ${first.path}: ${first.message}${more}`, fields);
}

/**
 * A workspace file's text → the checked document, or AppError('invalid') whose message names the first problem
 * (path + reason) and whose field errors list up to 20. Another schema version is refused before anything else.
 */
export function parseWorkspaceFile(text: string): WorkspaceDocument {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new AppError('invalid', 'This file is not valid JSON. Choose a file downloaded with “Download workspace (JSON)”.', {
      file: ['Not valid JSON.'],
    });
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json) || (json as { format?: unknown }).format !== EXPORT_FORMAT) {
    throw new AppError('invalid', 'This is not a Wayfinder workspace file (its "format" is not "wayfinder-workspace").', {
      format: [`Must be "${EXPORT_FORMAT}".`],
    });
  }
  const version = (json as { schemaVersion?: unknown }).schemaVersion;
  if (version !== SCHEMA_VERSION) {
    const shown = typeof version === 'number' || typeof version === 'string' ? String(version) : 'missing';
    throw new AppError('invalid', `This file is schema version ${shown}; this Wayfinder reads version ${SCHEMA_VERSION}.`, {
      schemaVersion: [`Must be ${SCHEMA_VERSION}.`],
    });
  }
  const parsed = workspaceDocumentSchema.safeParse(json, { error: (issue) => (issue.input === undefined ? 'Missing.' : undefined) });
  if (!parsed.success) refuse(zodProblems(parsed.error));
  // PostgreSQL cannot store NUL: text with control characters (but tabs and line breaks) is refused like a form's.
  const control = controlCharacterErrors(parsed.data, '(file)');
  if (control) refuse(Object.keys(control).map((path) => ({ path, message: CONTROL_MESSAGE })));
  const problems = checkReferences(parsed.data);
  if (problems.length) refuse(problems);
  return parsed.data;
}
