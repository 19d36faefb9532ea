/**
 * A date and time in GOV.UK style, e.g. "4 June 2026 at 2:05pm", with "midday" and "midnight" for
 * 12pm and 12am (GOV.UK style guide, "Times"), in UK time whatever the browser's own time zone.
 */
export function formatDateTime(iso: string, timeZone = 'Europe/London'): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    hourCycle: 'h12',
    timeZone,
  }).formatToParts(new Date(iso));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const date = `${part('day')} ${part('month')} ${part('year')}`;
  const hour = Number(part('hour'));
  const minute = part('minute');
  // en-GB writes "pm" or "p.m." depending on the ICU version; GOV.UK style is "pm".
  const period = part('dayPeriod').toLowerCase().replace(/[^ap]/g, '') === 'a' ? 'am' : 'pm';
  if (hour === 12 && minute === '00') return `${date} at ${period === 'pm' ? 'midday' : 'midnight'}`;
  return `${date} at ${hour}:${minute}${period}`;
}
