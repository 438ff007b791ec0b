import type { Role } from '@/lib/authz';

/** A member row as the page hands it to the client components. */
export type MemberRow = { id: string; userId: string; name: string; email: string; role: Role; version: number; joinedAt: Date };

/** Who is looking, and how to format dates for this workspace. */
export type Viewer = { userId: string; role: Role; slug: string; locale: string; timeZone: string };

