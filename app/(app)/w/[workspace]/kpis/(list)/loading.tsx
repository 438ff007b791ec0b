import { Skeleton } from '@/components/ui/skeleton';

export default function KpisLoading() {
  return (
    <div role="status" aria-label="Loading KPIs">
      <Skeleton className="h-8 w-24" />
      <Skeleton className="mt-2 h-4 w-96 max-w-full" />
      <div className="mt-6 flex flex-col gap-2 sm:flex-row sm:flex-wrap">
        <Skeleton className="h-10 w-full sm:w-72" />
        {Array.from({ length: 4 }, (_, i) => (
          <Skeleton key={i} className="h-10 w-full sm:w-44" />
        ))}
      </div>
      <div className="mt-4 space-y-px overflow-hidden rounded-lg border border-line bg-surface">
        {Array.from({ length: 10 }, (_, i) => (
          <div key={i} className="flex items-center gap-4 px-4 py-3">
            <Skeleton className="h-4 w-40" />
            <Skeleton className="h-5 w-20 rounded-full" />
            <Skeleton className="h-4 w-16" />
            <Skeleton className="hidden h-2 w-24 sm:block" />
            <Skeleton className="hidden h-4 flex-1 md:block" />
          </div>
        ))}
      </div>
    </div>
  );
}
