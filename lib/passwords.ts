import 'server-only';
import { hash, verify } from '@node-rs/argon2';

// argon2id (the library's default algorithm) with its default cost (~20 ms a hash here).
export function hashPassword(password: string) {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string) {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummy: Promise<string> | undefined;
/** Verifies against a throwaway hash so that unknown emails take as long as known ones. */
export async function burnVerify(password: string) {
  dummy ??= hash('not-a-real-password-' + Math.random());
  await verifyPassword(await dummy, password);
}
