import { Skeleton } from '@/components/ui/skeleton';

export default function BenchmarksLoading() {
  return (
    <div role="status" aria-label="Loading benchmarks">
      <Skeleton className="h-8 w-36" />
      <Skeleton className="mt-2 h-4 w-[32rem] max-w-full" />
      <div className="mt-6 flex flex-col gap-2 sm:flex-row sm:flex-wrap">
        <Skeleton className="h-10 w-full sm:w-72" />
        {Array.from({ length: 3 }, (_, i) => (
          <Skeleton key={i} className="h-10 w-full sm:w-44" />
        ))}
      </div>
      <div className="mt-4 space-y-px overflow-hidden rounded-lg border border-line bg-surface">
        {Array.from({ length: 10 }, (_, i) => (
          <div key={i} className="flex items-center gap-4 px-4 py-3">
            <Skeleton className="h-4 w-40" />
            <Skeleton className="h-4 w-28" />
            <Skeleton className="hidden h-4 w-16 sm:block" />
            <Skeleton className="h-5 w-16 rounded-full" />
            <Skeleton className="hidden h-4 flex-1 md:block" />
          </div>
        ))}
      </div>
    </div>
  );
}
