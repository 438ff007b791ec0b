import { notFound } from 'next/navigation';
import { statementCount } from '@/db/stats';

export const dynamic = 'force-dynamic';

/** `npm run bench` only (WAYFINDER_BENCH=1): the number of SQL statements this process has sent. */
export function GET() {
  if (process.env.WAYFINDER_BENCH !== '1') notFound();
  return Response.json({ statements: statementCount() });
}
