import { Skeleton } from '@/components/ui/skeleton';

export default function ActivityLoading() {
  return (
    <div role="status" aria-label="Loading activity">
      <Skeleton className="h-8 w-40" />
      <Skeleton className="mt-2 h-4 w-96 max-w-full" />
      <div className="mt-6 flex flex-wrap gap-3">
        <Skeleton className="h-10 w-56" />
        <Skeleton className="h-10 w-56" />
        <Skeleton className="h-10 w-28" />
      </div>
      <div className="mt-4 space-y-px overflow-hidden rounded-lg border border-line bg-surface">
        {Array.from({ length: 8 }, (_, i) => (
          <div key={i} className="flex gap-4 px-4 py-3">
            <Skeleton className="h-4 w-32" />
            <Skeleton className="h-4 w-28" />
            <Skeleton className="h-4 flex-1" />
            <Skeleton className="hidden h-4 w-32 sm:block" />
          </div>
        ))}
      </div>
    </div>
  );
}
