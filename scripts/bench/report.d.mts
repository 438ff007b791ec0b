// Types of report.mjs for the TypeScript test that imports it.
export type LoadRun = {
  connections: number;
  seconds: number;
  requests: number;
  reqPerSec: number;
  p50: number | undefined;
  p95: number | undefined;
  p99: number | undefined;
  non2xx: number;
  errors: number;
  timeouts: number;
  statuses: Record<string, number>;
};
export type PageProfile = { median: number; p95: number; sqlPerRequest: number; kB: number; jsKb: number };
export type ImportRun = { name: string; ms: number; rows: number; created: number; updated: number; unchanged: number };
export type DatabaseResult = {
  label: string;
  dbVersion?: string;
  signIn?: { median: number | undefined; p95: number | undefined };
  pages?: Record<string, PageProfile>;
  load?: Record<string, Record<string, LoadRun>>;
  imports?: ImportRun[] | null;
};
export type Check = { database: string; connections: number; scenario: string; target: string; met: boolean; figure: string };
export type Meta = {
  date: string;
  commit: string;
  cpus: number;
  cpuModel: string;
  ramGiB: number;
  os: string;
  node: string;
  databases: { label: string; version: string }[];
  seconds: number;
  levels: number[];
  timeout: number;
  sequential: number;
};
export const P95_LIMIT_MS: number;
export const P95_AT: number;
export const MIN_RATIO: number;
export function pct(xs: number[], p: number): number | undefined;
export function fmt(n: number | undefined | null, d?: number): string;
export function ratioOf(level: Record<string, LoadRun>, name: string): number | undefined;
export function checkTargets(results: DatabaseResult[], labels: Record<string, string>): Check[];
export function loadTable(r: DatabaseResult, labels: Record<string, string>): string[];
export function profileTable(r: DatabaseResult, labels: Record<string, string>): string[];
export function checksTable(checks: Check[]): string[];
export function keptNotes(previous: string | undefined): string;
export function renderMarkdown(args: {
  meta: Meta;
  results: DatabaseResult[];
  checks: Check[];
  loadLabels: Record<string, string>;
  pageLabels: Record<string, string>;
  notes: string;
}): string;
