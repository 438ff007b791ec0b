// Dates for share-link expiry: the admin picks the last day the link works, in the workspace's time zone.

function wallClockMs(instant: number, timeZone: string) {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const n = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  return Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'), n('second'));
}

/** The instant a link chosen to work through `day` ('YYYY-MM-DD') stops working: the next local midnight in `timeZone`. */
export function endOfLocalDay(day: string, timeZone: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  const midnight = Date.UTC(y, m - 1, d + 1);
  // Two passes settle the offset also when the day changes to or from daylight saving time.
  let guess = midnight - (wallClockMs(midnight, timeZone) - midnight);
  guess = midnight - (wallClockMs(guess, timeZone) - guess);
  return new Date(guess);
}
