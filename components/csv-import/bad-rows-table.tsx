import type { BadRow } from './upload';

const SHOWN = 500;

/** Every bad row of a refused upload (the first 500 listed): row as a spreadsheet numbers it, column, value, reason. */
export function BadRowsTable({ rows, caption }: { rows: BadRow[]; caption: string }) {
  const listed = rows.filter((r) => r.row !== null);
  if (listed.length === 0) return null;
  return (
    <div className="relative max-h-72 overflow-auto rounded-md border border-line">
      <table className="w-full text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="sticky top-0 bg-canvas text-left text-xs uppercase tracking-wide text-muted">
          <tr>
            <th scope="col" className="px-2 py-1.5 font-medium">Row</th>
            <th scope="col" className="px-2 py-1.5 font-medium">Column</th>
            <th scope="col" className="px-2 py-1.5 font-medium">Value</th>
            <th scope="col" className="px-2 py-1.5 font-medium">Problem</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {listed.slice(0, SHOWN).map((r, i) => (
            <tr key={`${r.row}-${r.column}-${i}`}>
              <td className="px-2 py-1.5 tabular-nums">{r.row}</td>
              <td className="px-2 py-1.5">{r.column}</td>
              <td className="max-w-[8rem] truncate px-2 py-1.5 font-mono text-xs" title={r.value}>{r.value || <span className="text-muted">(empty)</span>}</td>
              <td className="px-2 py-1.5">{r.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {listed.length > SHOWN && <p className="px-2 py-1.5 text-xs text-muted">…and {listed.length - SHOWN} more.</p>}
    </div>
  );
}
