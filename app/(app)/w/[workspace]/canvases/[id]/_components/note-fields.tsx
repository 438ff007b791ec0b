'use client';

import { Label, Select, Textarea } from '@/components/ui/input';
import { NOTE_COLORS, NOTE_TEXT_MAX, noteColors } from '@/lib/canvases/blocks';

/** The text and colour inputs shared by "Add note" and inline editing (controlled, so a failed save keeps them). */
export function NoteFields({
  idPrefix,
  text,
  color,
  onText,
  onColor,
  errors,
}: {
  idPrefix: string;
  text: string;
  color: string;
  onText: (v: string) => void;
  onColor: (v: string) => void;
  errors: Record<string, string[] | undefined>;
}) {
  return (
    <div className="space-y-2">
      <div>
        <Label htmlFor={`${idPrefix}-text`}>Note text</Label>
        <Textarea
          id={`${idPrefix}-text`}
          name="text"
          value={text}
          onChange={(e) => onText(e.target.value)}
          rows={3}
          maxLength={NOTE_TEXT_MAX}
          autoFocus
          aria-invalid={errors.text ? true : undefined}
          aria-describedby={errors.text ? `${idPrefix}-text-error` : undefined}
          className="text-sm"
        />
        <p className="mt-0.5 text-right text-xs text-muted" aria-live="polite">
          {text.length}/{NOTE_TEXT_MAX}
        </p>
        {errors.text && (
          <p id={`${idPrefix}-text-error`} className="text-sm text-danger">
            {errors.text.join(' ')}
          </p>
        )}
      </div>
      <div>
        <Label htmlFor={`${idPrefix}-color`}>Colour</Label>
        <Select id={`${idPrefix}-color`} name="color" value={color} onChange={(e) => onColor(e.target.value)} className="text-sm">
          {NOTE_COLORS.map((c) => (
            <option key={c} value={c}>
              {noteColors[c].label}
            </option>
          ))}
        </Select>
        {errors.color && <p className="text-sm text-danger">{errors.color.join(' ')}</p>}
      </div>
    </div>
  );
}
