// Log-in as a user meets it: wrong passwords, lock-out, CSRF, the second factor, log-out.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { account } from '../../src/server/core/auth/auth.table.js';
import { auditLog } from '../../src/server/core/audit/audit.table.js';
import { totpCode } from '../../src/server/core/auth/totp.js';
import { MAX_MISLUKT } from '../../src/server/core/auth/auth.service.js';
import { actors, emailOf, TEST_WACHTWOORD } from '../support/region.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); });
afterAll(async () => { await t.close(); });

let ipTeller = 0;
/** Each log-in from its own address, so the per-IP rate limit does not mix the cases. */
const login = (email: string, wachtwoord: string, remoteAddress = `10.0.0.${++ipTeller}`) =>
  t.app.inject({ method: 'POST', url: '/api/auth/inloggen', payload: { email, wachtwoord }, remoteAddress });

const cookieOf = (res: { cookies: { name: string; value: string }[] }) =>
  `piramide_sessie=${res.cookies.find((c) => c.name === 'piramide_sessie')!.value}`;

describe('log-in', () => {
  it('logs a parent in and shows her session with her role', async () => {
    const res = await login(emailOf('ouder'), TEST_WACHTWOORD);
    expect(res.statusCode).toBe(200);
    expect(res.json().stap).toBe('klaar');
    const cookie = res.cookies.find((c) => c.name === 'piramide_sessie')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Strict');
    const sessie = await t.app.inject({ method: 'GET', url: '/api/auth/sessie', headers: { cookie: cookieOf(res) } });
    expect(sessie.json().account.rollen).toEqual(['ouder']);
  });

  it('accepts the e-mail address in any case and with spaces', async () => {
    expect((await login(`  ${emailOf('ib').toUpperCase()} `, TEST_WACHTWOORD)).statusCode).toBe(200);
  });

  it('refuses a wrong password and an unknown address with the same Dutch answer', async () => {
    const wrong = await login(emailOf('leraar'), 'fout-wachtwoord');
    const unknown = await login('niemand@test.piramide.nl', 'fout-wachtwoord');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.json()).toEqual(wrong.json());
    expect(wrong.json().message).toBe('Het e-mailadres of het wachtwoord klopt niet.');
  });

  it('names the field of invalid input in Dutch and writes nothing', async () => {
    const before = await t.db.select().from(auditLog);
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/inloggen', payload: { email: 'geen-adres', wachtwoord: '' } });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.code).toBe('ONGELDIGE_INVOER');
    expect(body.velden.map((v: { veld: string }) => v.veld).sort()).toEqual(['email', 'wachtwoord']);
    expect(body.message).toContain('e-mailadres');
    expect((await t.db.select().from(auditLog)).length).toBe(before.length);
  });

  it('locks the account after repeated wrong passwords, even for the right one', async () => {
    const email = emailOf('beheer');
    for (let i = 1; i < MAX_MISLUKT; i++) expect((await login(email, 'fout')).statusCode).toBe(401);
    expect((await login(email, 'fout')).statusCode).toBe(423);
    const res = await login(email, TEST_WACHTWOORD);
    expect(res.statusCode).toBe(423);
    expect(res.json().message).toContain('geblokkeerd');
    await t.db.update(account).set({ geblokkeerdTot: null }).where(eq(account.id, actors.beheer));
    expect((await login(email, TEST_WACHTWOORD)).statusCode).toBe(200);
  });

  it('rate-limits log-in attempts from one address', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 12; i++) codes.push((await login('niemand@test.piramide.nl', 'x', '10.9.9.9')).statusCode);
    expect(codes.slice(0, 10).every((c) => c === 401)).toBe(true);
    expect(codes.at(-1)).toBe(429);
  });
});

describe('session', () => {
  it('refuses a state-changing request without the CSRF token', async () => {
    const res = await login(emailOf('specialistBestuur'), TEST_WACHTWOORD);
    const zonder = await t.app.inject({
      method: 'POST', url: '/api/account/wachtwoord', headers: { cookie: cookieOf(res) },
      payload: { huidigWachtwoord: TEST_WACHTWOORD, nieuwWachtwoord: 'een-heel-nieuw-wachtwoord' },
    });
    expect(zonder.statusCode).toBe(403);
    expect(zonder.json().code).toBe('CSRF');
  });

  it('ends the session on log-out', async () => {
    const res = await login(emailOf('commissie'), TEST_WACHTWOORD);
    const headers = { cookie: cookieOf(res), 'x-csrf-token': res.json().csrfToken };
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/uitloggen', headers })).statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: '/api/start', headers })).statusCode).toBe(401);
  });

  it('changes the password, ends other sessions and keeps this one', async () => {
    const a = await login(emailOf('swv'), TEST_WACHTWOORD);
    const b = await login(emailOf('swv'), TEST_WACHTWOORD);
    const headers = { cookie: cookieOf(a), 'x-csrf-token': a.json().csrfToken };
    const kort = await t.app.inject({ method: 'POST', url: '/api/account/wachtwoord', headers, payload: { huidigWachtwoord: TEST_WACHTWOORD, nieuwWachtwoord: 'kort' } });
    expect(kort.statusCode).toBe(400);
    expect(kort.json().velden[0]).toMatchObject({ veld: 'nieuwWachtwoord', melding: expect.stringContaining('12 tekens') });
    const ok = await t.app.inject({ method: 'POST', url: '/api/account/wachtwoord', headers, payload: { huidigWachtwoord: TEST_WACHTWOORD, nieuwWachtwoord: 'een-heel-nieuw-wachtwoord' } });
    expect(ok.statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: '/api/start', headers })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/start', headers: { cookie: cookieOf(b) } })).statusCode).toBe(401);
    expect((await login(emailOf('swv'), 'een-heel-nieuw-wachtwoord')).statusCode).toBe(200);
  });
});

describe('second factor for staff', () => {
  it('enrols, then asks for the code at log-in, and accepts a recovery code once', async () => {
    const first = await login(emailOf('privacy'), TEST_WACHTWOORD);
    const headers = { cookie: cookieOf(first), 'x-csrf-token': first.json().csrfToken };
    const start = await t.app.inject({ method: 'POST', url: '/api/account/totp/starten', headers });
    const { geheim, otpauthUri } = start.json();
    expect(otpauthUri).toContain(geheim);
    const fout = await t.app.inject({ method: 'POST', url: '/api/account/totp/bevestigen', headers, payload: { code: '000000' } });
    expect(fout.statusCode).toBe(401);
    const bevestig = await t.app.inject({ method: 'POST', url: '/api/account/totp/bevestigen', headers, payload: { code: totpCode(geheim, Date.now() / 1000) } });
    const { herstelcodes } = bevestig.json();
    expect(herstelcodes).toHaveLength(10);

    const second = await login(emailOf('privacy'), TEST_WACHTWOORD);
    expect(second.json().stap).toBe('totp');
    const h2 = { cookie: cookieOf(second), 'x-csrf-token': second.json().csrfToken };
    expect((await t.app.inject({ method: 'GET', url: '/api/audit', headers: h2 })).statusCode).toBe(401);
    const stap = await t.app.inject({ method: 'POST', url: '/api/auth/totp', headers: h2, payload: { code: totpCode(geheim, Date.now() / 1000) } });
    expect(stap.statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/audit', headers: h2 })).statusCode).toBe(200);

    const third = await login(emailOf('privacy'), TEST_WACHTWOORD);
    const h3 = { cookie: cookieOf(third), 'x-csrf-token': third.json().csrfToken };
    const herstel = (code: string) => t.app.inject({ method: 'POST', url: '/api/auth/totp', headers: h3, payload: { code } });
    expect((await herstel(herstelcodes[0])).statusCode).toBe(200);
    const fourth = await login(emailOf('privacy'), TEST_WACHTWOORD);
    const h4 = { cookie: cookieOf(fourth), 'x-csrf-token': fourth.json().csrfToken };
    const weer = await t.app.inject({ method: 'POST', url: '/api/auth/totp', headers: h4, payload: { code: herstelcodes[0] } });
    expect(weer.statusCode).toBe(401);
  });

  it('is not offered to parents', async () => {
    const res = await t.as('ouder', { method: 'POST', url: '/api/account/totp/starten' });
    expect(res.statusCode).toBe(403);
  });
});
