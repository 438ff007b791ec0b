import Link from 'next/link';
import { Compass } from 'lucide-react';

export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <main className="flex min-h-screen flex-col items-center px-4 py-12">
      <Link href="/" className="mb-8 flex items-center gap-2 text-brand-700">
        <Compass className="h-6 w-6" aria-hidden />
        <span className="text-lg font-semibold">Wayfinder</span>
      </Link>
      <div className="w-full max-w-md rounded-lg border border-line bg-surface p-6 shadow-sm sm:p-8">{children}</div>
    </main>
  );
}
