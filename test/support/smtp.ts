// An SMTP server on loopback for tests: it accepts every message and keeps it for the test to read.
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';

export type OntvangenMail = { aan: string[]; onderwerp: string; tekst: string };

export async function startTestSmtp() {
  const berichten: OntvangenMail[] = [];
  const server = new SMTPServer({
    authOptional: true, disabledCommands: ['STARTTLS'], logger: false,
    onData(stream, session, klaar) {
      void simpleParser(stream).then((m) => {
        berichten.push({ aan: session.envelope.rcptTo.map((r) => r.address), onderwerp: m.subject ?? '', tekst: m.text ?? '' });
        klaar();
      }, klaar);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as { port: number };
  return {
    url: `smtp://127.0.0.1:${port}`,
    berichten,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
