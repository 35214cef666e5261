import type { StoredEvent } from './event.ts';

/** The export's CSV columns, in order: the attributes a spreadsheet user filters on first. */
export const CSV_COLUMNS = [
  'time',
  'type',
  'site',
  'stage',
  'quality',
  'question',
  'question_type',
  'answer',
  'follow_up',
  'page',
  'locale',
  'device',
  'id',
  'source',
  'receivedat',
] as const;

/**
 * The events as RFC 4180 CSV (CRLF line ends, fields quoted when they hold a quote, comma or
 * line break). A cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR at the
 * start) gets a leading `'`, per OWASP's CSV-injection advice: the answers are customers' text.
 *
 * @example
 * toCsv(events); // → 'time,type,…\r\n2026-11-22T13:45:12.345Z,waypoint.answer,…\r\n'
 */
export function toCsv(events: readonly StoredEvent[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const event of events)
    lines.push(CSV_COLUMNS.map((c) => cell(columnValue(event, c))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

function columnValue(event: StoredEvent, column: (typeof CSV_COLUMNS)[number]): unknown {
  const data = event.data as {
    question?: { text?: unknown; type?: unknown; id?: unknown };
    answer?: { value?: unknown; followUp?: unknown };
    context?: { page?: unknown; locale?: unknown; device?: unknown };
  };
  switch (column) {
    case 'question':
      return data.question?.text ?? data.question?.id;
    case 'question_type':
      return data.question?.type;
    case 'answer':
      return data.answer?.value;
    case 'follow_up':
      return data.answer?.followUp;
    case 'page':
    case 'locale':
    case 'device':
      return data.context?.[column];
    default:
      return event[column];
  }
}

function cell(value: unknown): string {
  if (value === undefined || value === null) return '';
  let text = Array.isArray(value)
    ? value.join('; ')
    : typeof value === 'object'
      ? JSON.stringify(value)
      : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
