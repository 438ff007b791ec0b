import { layoutStrategyMap, type MapInput } from '@/lib/scorecards/strategy-map-layout';
import { formatScore, statusLabels } from '@/lib/scorecards/format';
import type { Status } from '@/lib/scoring';

const fill: Record<Status, string> = { green: 'var(--color-success-bg)', amber: 'var(--color-warning-bg)', red: 'var(--color-danger-bg)', grey: 'var(--color-canvas)' };
const stroke: Record<Status, string> = { green: 'var(--color-success)', amber: 'var(--color-warning)', red: 'var(--color-danger)', grey: 'var(--color-muted)' };
// A second cue besides colour: the mark in front of the status words.
const mark: Record<Status, string> = { green: '✓', amber: '!', red: '✕', grey: '–' };

type Props = MapInput & { title: string; status: Map<string, { status: Status; score: number | null }>; locale: string };

/** The strategy map as SVG, rendered on the server: bands per perspective, status boxes (colour, mark and words), arrows for links. */
export function StrategyMapSvg({ title, perspectives, links, status, locale }: Props) {
  const l = layoutStrategyMap({ perspectives, links });
  const count = l.boxes.length;
  const summary = `Strategy map of ${title}: ${count} objective${count === 1 ? '' : 's'} in ${l.bands.length} perspectives, ${l.arrows.length} cause-and-effect link${l.arrows.length === 1 ? '' : 's'}. The list below describes every objective and link.`;
  return (
    <svg viewBox={`0 0 ${l.width} ${l.height}`} role="img" aria-label={summary} className="block h-auto w-full min-w-[640px]" xmlns="http://www.w3.org/2000/svg">
      <defs>
        <marker id="map-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse">
          <path d="M0,0 L10,5 L0,10 z" fill="var(--color-ink)" />
        </marker>
      </defs>
      {l.bands.map((b, i) => (
        <g key={b.id}>
          <rect x={0} y={b.y} width={l.width} height={b.h} fill={i % 2 ? 'var(--color-surface)' : 'var(--color-canvas)'} stroke="var(--color-line)" />
          <text x={12} y={b.y + 22} fontSize={15} fontWeight={600} fill="var(--color-ink)">
            {b.label}
          </text>
        </g>
      ))}
      {l.boxes.map((b) => {
        const s = status.get(b.id) ?? { status: 'grey' as Status, score: null };
        return (
          <g key={b.id}>
            <rect x={b.x} y={b.y} width={b.w} height={b.h} rx={8} fill={fill[s.status]} stroke={stroke[s.status]} strokeWidth={1.5} />
            {b.lines.map((line, i) => (
              <text key={i} x={b.x + 10} y={b.y + 20 + i * 17} fontSize={13} fontWeight={600} fill="var(--color-ink)">
                {line}
              </text>
            ))}
            <text x={b.x + 10} y={b.y + b.h - 10} fontSize={12} fill={stroke[s.status]}>
              {`${mark[s.status]} ${statusLabels[s.status]}${s.score === null ? '' : ` · ${formatScore(s.score, { locale })}`}`}
            </text>
          </g>
        );
      })}
      {l.arrows.map((a) => (
        <polyline
          key={a.id}
          points={a.points.map((p) => `${p.x},${p.y}`).join(' ')}
          fill="none"
          stroke="var(--color-ink)"
          strokeWidth={1.5}
          strokeLinejoin="round"
          markerEnd="url(#map-arrow)"
        />
      ))}
    </svg>
  );
}
