import { dictionary } from '@zxcvbn-ts/language-common';

let set: Set<string> | undefined;

/** True for passwords found in a list of ~49,000 commonly used (leaked) passwords. */
export function isCommonPassword(password: string) {
  set ??= new Set((dictionary['passwords-common'] as string[]).map((p) => p.toLowerCase()));
  return set.has(password.toLowerCase());
}
