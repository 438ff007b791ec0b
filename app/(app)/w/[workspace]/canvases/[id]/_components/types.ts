import type { CanvasBlock, LinkKind } from '@/lib/canvases/blocks';

/** One note as the canvas page shows it (the columns the query returns, dates as they cross to the client). */
export type NoteView = { id: string; canvasId: string; block: CanvasBlock; text: string; color: string; position: number; version: number };
export type LinkView = { id: string; noteId: string; kind: LinkKind; targetId: string; label: string; journeyId: string | null; journeyName: string | null };
export type LinkTargetOptions = Record<LinkKind, { id: string; label: string }[]>;
/** Editors get the link targets (what notes may point at); readers do not need them. */
export type BoardContext = { slug: string; canvasId: string; canEdit: boolean; targets?: LinkTargetOptions };
