/** What the list and the canvas page pass to the menu and the rename dialog. */
export type CanvasSummary = { id: string; name: string; description: string; version: number };
