import { BookOpen } from 'lucide-react';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { config } from '@/lib/config';

/** What the JSON API is and where its documentation lives. */
export function ApiCard({ workspace, locale }: { workspace: string; locale: string }) {
  const { perClient, windowMinutes } = config.limits.api;
  return (
    <Card>
      <CardHeader title="API" description="A JSON API for scripts, spreadsheets and integrations." />
      <CardBody className="space-y-3 text-sm">
        <dl className="space-y-2">
          <div>
            <dt className="text-muted">This workspace</dt>
            <dd>
              <code className="break-all font-mono text-xs">/api/v1/workspaces/{workspace}</code>
            </dd>
          </div>
          <div>
            <dt className="text-muted">Authentication</dt>
            <dd>
              Send a token in the <code className="font-mono text-xs">Authorization: Bearer …</code> header.
            </dd>
          </div>
          {perClient > 0 && (
            <div>
              <dt className="text-muted">Rate limit</dt>
              <dd>
                {new Intl.NumberFormat(locale).format(perClient)} requests {windowMinutes === 1 ? 'a minute' : `every ${windowMinutes} minutes`} per token (then 429 with
                Retry-After).
              </dd>
            </div>
          )}
        </dl>
        <a href="/api/v1/openapi.json" className="inline-flex items-center gap-1.5 font-medium text-brand-700 hover:underline">
          <BookOpen className="h-4 w-4" aria-hidden />
          API reference (OpenAPI 3.1)
        </a>
      </CardBody>
    </Card>
  );
}
