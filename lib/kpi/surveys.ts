// NPS (0–10), CSAT (1–5) and CES (1–7) from raw survey answers, exactly as DOMAIN.md says: whole numbers in
// the scale's range, no answers → no value, each score computed in one step from integer counts.
import { formatFixed } from '@/lib/number-format';

export const SURVEY_KINDS = ['nps', 'csat', 'ces'] as const;
export type SurveyKind = (typeof SURVEY_KINDS)[number];

export const SURVEY_SCALES: Record<SurveyKind, { min: number; max: number; decimals: number }> = {
  nps: { min: 0, max: 10, decimals: 1 },
  csat: { min: 1, max: 5, decimals: 1 },
  ces: { min: 1, max: 7, decimals: 2 },
};

export type NpsResult = { kind: 'nps'; value: number | null; n: number; promoters: number; passives: number; detractors: number };
export type CsatResult = { kind: 'csat'; value: number | null; n: number; satisfied: number };
export type CesResult = { kind: 'ces'; value: number | null; n: number; sum: number };
export type SurveyResult = NpsResult | CsatResult | CesResult;

const WHOLE_RE = /^\d+(?:\.0+)?$/;
const NUMBER_RE = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Reads one answer as written in a file: a whole number in the scale, or the reason it is not. */
export function readAnswer(kind: SurveyKind, raw: string): { ok: true; answer: number } | { ok: false; reason: string } {
  const text = raw.trim();
  const { min, max } = SURVEY_SCALES[kind];
  const scale = `the ${min}–${max} scale`;
  if (WHOLE_RE.test(text)) {
    const answer = Number(text);
    if (answer >= min && answer <= max) return { ok: true, answer };
    return { ok: false, reason: `${text} is outside ${scale}` };
  }
  if (NUMBER_RE.test(text)) {
    const value = Number(text);
    if (!Number.isInteger(value)) return { ok: false, reason: `${text} is not a whole number on ${scale}` };
    if (value < min || value > max) return { ok: false, reason: `${text} is outside ${scale}` };
    return { ok: false, reason: `${text} is not written as a plain whole number (e.g. ${Math.abs(value)})` };
  }
  return { ok: false, reason: `"${text}" is not a number: answers are whole numbers on ${scale}` };
}

function checkAnswers(kind: SurveyKind, answers: readonly number[]) {
  const { min, max } = SURVEY_SCALES[kind];
  for (const a of answers) {
    if (!Number.isInteger(a) || a < min || a > max) {
      throw new RangeError(`${kind} answers must be whole numbers from ${min} to ${max}, got ${a}`);
    }
  }
}

/** NPS = (promoters (9–10) − detractors (0–6)) × 100 / N; null for no answers. Throws on an invalid answer. */
export function computeNps(answers: readonly number[]): NpsResult {
  checkAnswers('nps', answers);
  const promoters = answers.filter((a) => a >= 9).length;
  const detractors = answers.filter((a) => a <= 6).length;
  const n = answers.length;
  const value = n === 0 ? null : ((promoters - detractors) * 100) / n;
  return { kind: 'nps', value, n, promoters, passives: n - promoters - detractors, detractors };
}

/** CSAT = (answers of 4 or 5) × 100 / N; null for no answers. Throws on an invalid answer. */
export function computeCsat(answers: readonly number[]): CsatResult {
  checkAnswers('csat', answers);
  const satisfied = answers.filter((a) => a >= 4).length;
  const n = answers.length;
  return { kind: 'csat', value: n === 0 ? null : (satisfied * 100) / n, n, satisfied };
}

/** CES = sum / N (the mean answer); null for no answers. Throws on an invalid answer. */
export function computeCes(answers: readonly number[]): CesResult {
  checkAnswers('ces', answers);
  const sum = answers.reduce((s, a) => s + a, 0);
  const n = answers.length;
  return { kind: 'ces', value: n === 0 ? null : sum / n, n, sum };
}

export function computeSurvey(kind: SurveyKind, answers: readonly number[]): SurveyResult {
  if (kind === 'nps') return computeNps(answers);
  if (kind === 'csat') return computeCsat(answers);
  return computeCes(answers);
}

/** The score as shown: NPS and CSAT with one decimal, CES with two, half away from zero; null for no value. */
export function formatSurveyValue(kind: SurveyKind, value: number | null): string | null {
  return value === null ? null : formatFixed(value, SURVEY_SCALES[kind].decimals);
}
