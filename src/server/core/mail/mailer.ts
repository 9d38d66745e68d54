// Sending mail. With PIRAMIDE_SMTP_URL set, mail goes out through that server; without it (the local
// demo) it is written to the log, so nothing is lost silently and nothing leaves the machine.
import nodemailer from 'nodemailer';

export type Mail = { aan: string[]; onderwerp: string; tekst: string };

export type Mailer = { verstuur(mail: Mail): Promise<void> };

export type MailConfig = { smtpUrl?: string; mailVan: string };

export function createMailer(config: MailConfig, log: (regel: string) => void = console.log): Mailer {
  if (!config.smtpUrl) {
    return {
      async verstuur(mail) {
        log(`[mail staat uit] aan ${mail.aan.join(', ')}: ${mail.onderwerp}`);
      },
    };
  }
  const transport = nodemailer.createTransport(config.smtpUrl);
  return {
    async verstuur(mail) {
      await transport.sendMail({ from: config.mailVan, to: mail.aan, subject: mail.onderwerp, text: mail.tekst });
    },
  };
}
