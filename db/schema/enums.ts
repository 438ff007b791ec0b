import { pgEnum } from 'drizzle-orm/pg-core';

// Declared once here; zod reuses them through `.enumValues`.
export const roleEnum = pgEnum('role', ['viewer', 'editor', 'admin', 'owner']);
