import Link from 'next/link';
import { Suspense } from 'react';
import { Compass } from 'lucide-react';
import { connection } from 'next/server';
import { Button } from '@/components/ui/button';
import { AccountDeletedNotice } from './_components/account-deleted-notice';

// Rendered per request, so that its scripts carry the request's CSP nonce (README, "Security headers").
export default async function LandingPage() {
  await connection();
  return (
    <main className="mx-auto flex min-h-screen max-w-4xl flex-col justify-center px-6 py-16">
      <Suspense fallback={null}>
        <AccountDeletedNotice />
      </Suspense>
      <div className="flex items-center gap-2 text-brand-700">
        <Compass className="h-7 w-7" aria-hidden />
        <span className="text-xl font-semibold">Wayfinder</span>
      </div>
      <h1 className="mt-8 text-4xl font-semibold tracking-tight sm:text-5xl">Your customer journey, canvas, scorecard and benchmarks — one model.</h1>
      <p className="mt-4 max-w-2xl text-lg text-muted">
        Map how customers move from awareness to loyalty, tie each stage to the measures that matter, and show executives where you stand.
      </p>
      <div className="mt-8 flex flex-wrap gap-3">
        <Button asChild>
          <Link href="/sign-up">Create an account</Link>
        </Button>
        <Button asChild variant="secondary">
          <Link href="/sign-in">Sign in</Link>
        </Button>
      </div>
    </main>
  );
}
