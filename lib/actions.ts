import 'server-only';
import { unstable_rethrow } from 'next/navigation';
import { z } from 'zod';
import { AppError, type ErrorCode, type FieldErrors } from './errors';
import type { Permission } from './authz';
import { expireWorkspaceCache, WRITES_CONTENT } from './cache-tags';
import { resolveWorkspace, type WorkspaceContext } from './workspace';
import { getCurrentUser } from './session';
import { rejectUnknownKeys } from './input-keys';
import type { User } from '@/db/schema';
import { addFieldError, controlCharacterErrors } from './validations/text';

export type ActionResult<T = unknown> =
  | { ok: true; data: T; message?: string }
  | { ok: false; code: ErrorCode; error: string; fieldErrors?: FieldErrors; current?: unknown; values?: Record<string, string> };

export type ActionInput = FormData | Record<string, unknown>;

/** FormData or a plain object → a plain object; drops React's internal `$ACTION…` fields. */
export function toObject(input: ActionInput | null | undefined): Record<string, unknown> {
  if (!input) return {};
  if (typeof FormData !== 'undefined' && input instanceof FormData) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of input.entries()) {
      if (k.startsWith('$ACTION')) continue;
      if (k in out) out[k] = ([] as unknown[]).concat(out[k], v);
      else out[k] = v;
    }
    return out;
  }
  return { ...(input as Record<string, unknown>) };
}

const SECRET_FIELD = /password|token|secret/i;

/** The submitted text values (minus secrets), so a form that failed keeps what the user typed. */
function echoValues(obj: Record<string, unknown>) {
  const values: Record<string, string> = {};
  for (const [k, v] of Object.entries(obj)) if (typeof v === 'string' && !SECRET_FIELD.test(k)) values[k] = v;
  return values;
}

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    addFieldError(out, issue.path.length ? issue.path.join('.') : '_form', issue.message);
  }
  return out;
}

function failure(e: unknown, values: Record<string, string>): ActionResult<never> {
  unstable_rethrow(e); // redirects, notFound() and friends must propagate
  if (e instanceof AppError) {
    return { ok: false, code: e.code, error: e.message, fieldErrors: e.fieldErrors, current: e.current, values };
  }
  console.error('[action] unexpected error', e);
  return { ok: false, code: 'internal', error: 'Something went wrong on our side. Nothing was saved; please try again.', values };
}

function parse<S extends z.ZodType>(schema: S, obj: Record<string, unknown>): z.infer<S> {
  rejectUnknownKeys(schema, obj);
  const parsed = schema.safeParse(obj);
  if (!parsed.success) throw new AppError('invalid', 'Please correct the highlighted fields.', fieldErrorsOf(parsed.error));
  // PostgreSQL refuses NUL in text (a 500): every text field refuses control characters but tab and line breaks.
  const control = controlCharacterErrors(parsed.data);
  if (control) throw new AppError('invalid', 'Please correct the highlighted fields.', control);
  return parsed.data;
}

/** What each wrapped action requires; the tenancy tests enumerate every action through this. */
export type ActionMeta = { kind: 'workspace'; permission: Permission } | { kind: 'user' } | { kind: 'public' };
export const actionMeta = new WeakMap<object, ActionMeta>();
/** Each wrapped action's input schema (tests check that undeclared keys are refused). */
export const actionSchema = new WeakMap<object, z.ZodType>();

function register<F extends object>(fn: F, meta: ActionMeta, schema: z.ZodType): F {
  actionMeta.set(fn, meta);
  actionSchema.set(fn, schema);
  return fn;
}

type Handler<S extends z.ZodType, T, C> = (ctx: C, input: z.infer<S>) => Promise<T>;

/**
 * The one wrapper for workspace server actions: reads the `workspace` slug from the input, runs the
 * gate (signed out → unauthorized, not a member → not_found, role too low → forbidden), then parses
 * the rest with zod on the server and calls `fn`. Always answers an ActionResult.
 * Usable with useActionState (prev, formData) and called directly as action(null, values).
 */
export function workspaceAction<S extends z.ZodType, T>(schema: S, opts: { permission: Permission }, fn: Handler<S, T, WorkspaceContext>) {
  return register(async (_prev: unknown, input: ActionInput): Promise<ActionResult<T>> => {
    const obj = toObject(input);
    const values = echoValues(obj);
    try {
      const slug = obj.workspace;
      delete obj.workspace;
      const ctx = await resolveWorkspace(typeof slug === 'string' ? slug : '', opts.permission);
      const data = await fn(ctx, parse(schema, obj));
      if (WRITES_CONTENT.has(opts.permission)) expireWorkspaceCache(ctx.workspace.id);
      return { ok: true, data };
    } catch (e) {
      return failure(e, values);
    }
  }, { kind: 'workspace', permission: opts.permission }, schema);
}

/** Server actions for the signed-in user's own account (no workspace). */
export function userAction<S extends z.ZodType, T>(schema: S, fn: Handler<S, T, User>) {
  return register(async (_prev: unknown, input: ActionInput): Promise<ActionResult<T>> => {
    const obj = toObject(input);
    const values = echoValues(obj);
    try {
      const user = await getCurrentUser();
      if (!user) throw new AppError('unauthorized', 'Your session has ended. Sign in again.');
      return { ok: true, data: await fn(user, parse(schema, obj)) };
    } catch (e) {
      return failure(e, values);
    }
  }, { kind: 'user' }, schema);
}

/** Server actions anyone may call (sign-up, password reset): input parsed, errors answered. */
export function publicAction<S extends z.ZodType, T>(schema: S, fn: (input: z.infer<S>) => Promise<T>) {
  return register(async (_prev: unknown, input: ActionInput): Promise<ActionResult<T>> => {
    const obj = toObject(input);
    const values = echoValues(obj);
    try {
      return { ok: true, data: await fn(parse(schema, obj)) };
    } catch (e) {
      return failure(e, values);
    }
  }, { kind: 'public' }, schema);
}
