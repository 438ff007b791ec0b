import { z } from 'zod';
import { isCommonPassword } from '../common-passwords';

export const emailSchema = z.string().trim().toLowerCase().max(254, 'Use at most 254 characters.').pipe(z.email('Enter a valid email address.'));

export const nameSchema = z.string().trim().min(1, 'Enter your name.').max(100, 'Use at most 100 characters.');

/** 8–128 characters, no composition rules, commonly used passwords refused. */
export const newPasswordSchema = z
  .string()
  .min(8, 'Use at least 8 characters.')
  .max(128, 'Use at most 128 characters.')
  .refine((p) => !isCommonPassword(p), 'This password is too common. Choose one that is harder to guess.');

export const signUpSchema = z.object({
  name: nameSchema,
  email: emailSchema,
  password: newPasswordSchema,
  next: z.string().max(2000).optional(),
});
export type SignUpInput = z.infer<typeof signUpSchema>;

export const signInSchema = z.object({
  email: z.string().trim().min(1, 'Enter your email.').max(254),
  password: z.string().min(1, 'Enter your password.').max(1024),
  next: z.string().max(2000).optional(),
});

export const forgotPasswordSchema = z.object({ email: emailSchema });

export const resetPasswordSchema = z
  .object({ token: z.string().min(10).max(200), password: newPasswordSchema, confirm: z.string() })
  .refine((v) => v.password === v.confirm, { path: ['confirm'], message: 'The passwords do not match.' });

export const changePasswordSchema = z
  .object({ current: z.string().min(1, 'Enter your current password.').max(1024), password: newPasswordSchema, confirm: z.string() })
  .refine((v) => v.password === v.confirm, { path: ['confirm'], message: 'The passwords do not match.' })
  .refine((v) => v.password !== v.current, { path: ['password'], message: 'Choose a password different from your current one.' });

export const profileSchema = z.object({ name: nameSchema, version: z.coerce.number().int() });

export const deleteAccountSchema = z.object({ password: z.string().min(1, 'Enter your password to confirm.').max(1024) });
