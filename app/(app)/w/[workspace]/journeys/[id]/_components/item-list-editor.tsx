'use client';

import * as React from 'react';
import { Plus, X } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';

export type DraftItem = { key: string; id?: string; text: string };

let seq = 0;
export const newKey = () => `new-${++seq}`;

/** Edits a list of short items (pain points, opportunities): add, change, remove; ids of kept items travel along. */
export function ItemListEditor({
  legend,
  singular,
  items,
  onChange,
  errors,
  describe,
}: {
  legend: string;
  singular: string;
  items: DraftItem[];
  onChange: (items: DraftItem[]) => void;
  errors?: string[];
  /** Shown under an item's field and read with it (e.g. the canvas notes pointing at a pain point). */
  describe?: (item: DraftItem) => React.ReactNode;
}) {
  const listRef = React.useRef<HTMLUListElement>(null);
  const add = () => {
    onChange([...items, { key: newKey(), text: '' }]);
    // Focus the new field once it is rendered.
    requestAnimationFrame(() => listRef.current?.querySelector<HTMLInputElement>('li:last-child input')?.focus());
  };
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium">{legend}</legend>
      {items.length === 0 && <p className="text-xs text-muted">None yet.</p>}
      <ul ref={listRef} className="space-y-2">
        {items.map((item, i) => {
          const note = describe?.(item);
          const noteId = `item-${item.key}-note`;
          return (
            <li key={item.key} className="space-y-1">
              <div className="flex gap-2">
                <Input
                  aria-label={`${singular} ${i + 1}`}
                  aria-describedby={note ? noteId : undefined}
                  value={item.text}
                  maxLength={300}
                  onChange={(e) => onChange(items.map((x) => (x.key === item.key ? { ...x, text: e.target.value } : x)))}
                />
                <Button type="button" variant="ghost" size="icon" aria-label={`Remove ${singular.toLowerCase()} ${i + 1}`} onClick={() => onChange(items.filter((x) => x.key !== item.key))}>
                  <X className="h-4 w-4" aria-hidden />
                </Button>
              </div>
              {note ? <div id={noteId}>{note}</div> : null}
            </li>
          );
        })}
      </ul>
      {errors?.length ? <p className="text-sm text-danger">{errors.join(' ')}</p> : null}
      <Button type="button" variant="secondary" size="sm" onClick={add}>
        <Plus className="h-4 w-4" aria-hidden /> Add {singular.toLowerCase()}
      </Button>
    </fieldset>
  );
}
