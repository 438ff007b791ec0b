/** The frame of the public share pages: a one-line banner and the content; no app navigation. */
export function Shell({ children }: { children: React.ReactNode }) {
  return (
    <div className="min-h-screen bg-canvas">
      <div className="border-b border-line bg-surface">
        <p className="mx-auto max-w-5xl px-4 py-3 text-sm text-muted">
          <strong className="text-ink">Wayfinder</strong> · read-only shared view
        </p>
      </div>
      <main className="mx-auto max-w-5xl px-4 py-6 sm:py-8">{children}</main>
    </div>
  );
}
