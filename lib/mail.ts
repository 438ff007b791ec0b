import 'server-only';
import fs from 'node:fs/promises';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import nodemailer from 'nodemailer';
import { config } from './config';

export type Mail = { to: string; subject: string; text: string };

let smtp: nodemailer.Transporter | undefined;

/**
 * The one way mail leaves the app: SMTP when SMTP_URL is set; otherwise the message is printed to
 * the console and written as an .eml file to the outbox folder (which the e2e tests read).
 */
export async function sendMail(mail: Mail) {
  const message = { from: config.mailFrom, to: mail.to, subject: mail.subject, text: mail.text };
  if (config.smtpUrl) {
    smtp ??= nodemailer.createTransport(config.smtpUrl);
    await smtp.sendMail(message);
    return;
  }
  const stream = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  const info = await stream.sendMail(message);
  await fs.mkdir(config.outboxDir, { recursive: true });
  const file = path.join(config.outboxDir, `${Date.now()}-${randomBytes(4).toString('hex')}.eml`);
  await fs.writeFile(file, info.message as Buffer);
  if (process.env.NODE_ENV !== 'test') {
    console.log(`[mail] to ${mail.to}: ${mail.subject} (saved to ${path.relative(process.cwd(), file)})\n${mail.text}\n`);
  }
}
