import type { CanvasBlock } from '@/lib/canvases/blocks';

/** One note as the canvas page shows it (the columns the query returns, dates as they cross to the client). */
export type NoteView = { id: string; canvasId: string; block: CanvasBlock; text: string; color: string; position: number; version: number };
export type BoardContext = { slug: string; canvasId: string; canEdit: boolean };
