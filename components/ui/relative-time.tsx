const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 30],
];

/** "3 minutes ago" for recent times, else the date; both in the given locale. */
export function formatRelative(date: Date, locale: string, opts: { timeZone?: string; now?: Date } = {}) {
  const now = opts.now ?? new Date();
  let delta = (date.getTime() - now.getTime()) / 1000;
  if (Math.abs(delta) < 45) return new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(0, 'second');
  for (const [unit, size] of UNITS) {
    if (Math.abs(delta) < size) return new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(Math.round(delta), unit);
    delta /= size;
  }
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: opts.timeZone }).format(date);
}

/**
 * A <time> showing a relative time, with the full date and time (in `timeZone`) as its tooltip.
 * Render it on the server (the text depends on the moment of rendering).
 */
export function RelativeTime({ date, locale, timeZone }: { date: Date; locale: string; timeZone: string }) {
  const full = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(date);
  return (
    <time dateTime={date.toISOString()} title={full}>
      {formatRelative(date, locale, { timeZone })}
    </time>
  );
}
