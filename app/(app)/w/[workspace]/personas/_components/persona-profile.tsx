import { Card, CardBody } from '@/components/ui/card';
import type { PersonaDetail } from '@/db/queries/personas';

function Text({ title, value }: { title: string; value: string }) {
  return (
    <section>
      <h2 className="text-sm font-semibold">{title}</h2>
      {value ? <p className="mt-1 whitespace-pre-line break-words text-sm">{value}</p> : <p className="mt-1 text-sm text-muted">Not described yet.</p>}
    </section>
  );
}

function List({ title, items }: { title: string; items: string[] }) {
  return (
    <section>
      <h2 className="text-sm font-semibold">{title}</h2>
      {items.length ? (
        <ul className="mt-1 list-disc space-y-1 pl-5 text-sm">
          {items.map((item, i) => (
            <li key={i} className="break-words">
              {item}
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-1 text-sm text-muted">None listed yet.</p>
      )}
    </section>
  );
}

/** Every field of a persona, read-only. */
export function PersonaProfile({ persona }: { persona: Pick<PersonaDetail, 'description' | 'demographics' | 'goals' | 'needs' | 'frustrations'> }) {
  return (
    <Card>
      <CardBody className="space-y-5">
        <div className="grid gap-5 md:grid-cols-2">
          <Text title="Description" value={persona.description} />
          <Text title="Demographics" value={persona.demographics} />
        </div>
        <div className="grid gap-5 md:grid-cols-3">
          <List title="Goals" items={persona.goals} />
          <List title="Needs" items={persona.needs} />
          <List title="Frustrations" items={persona.frustrations} />
        </div>
      </CardBody>
    </Card>
  );
}
