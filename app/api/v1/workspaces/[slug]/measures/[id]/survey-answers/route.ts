import { NextResponse } from 'next/server';
import { apiHandler } from '@/lib/api/handler';
import { recordSurveyRoute } from '@/lib/api/specs/measurements';
import { recordSurveyAnswers } from '@/lib/measurements/service';

export const POST = apiHandler(recordSurveyRoute, async ({ ctx, params, query, upload }) => {
  const r = await recordSurveyAnswers(ctx.workspace.id, ctx.actor, params.id, { period: query.period, kind: query.kind, text: upload!.text });
  if (!r.ok) return NextResponse.json({ error: { code: 'invalid', message: r.message, rows: r.rows } }, { status: 400 });
  const { ok: _ok, ...out } = r;
  return out;
});
