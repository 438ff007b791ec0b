import { handlers } from '@/lib/auth';
import { sameOriginOnly } from '@/lib/same-origin';

export const { GET } = handlers;
// Auth.js checks its own CSRF token on sign-in and sign-out; a cross-site POST is refused before that.
export const POST = sameOriginOnly(handlers.POST);
