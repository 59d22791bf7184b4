import { request as httpRequest, type OutgoingHttpHeaders } from 'node:http';
import { expect, test, type Host } from './fixtures';
import { SAMPLE_EN } from './helpers';

/**
 * The browser host seen from outside a browser: plain HTTP requests, as another program on the
 * machine, a web page on another site, or a DNS-rebinding attack would send them.
 */
interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function send(host: Host, method: 'GET' | 'POST', path: string, headers: OutgoingHttpHeaders = {}, body?: string): Promise<Answer> {
  const url = new URL(path, host.origin);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { hostname: url.hostname, port: url.port, path: url.pathname + url.search, method, headers: { ...headers, ...(body ? { 'Content-Type': 'application/json' } : {}) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** Nothing of the app or of the user's data is in a refused answer. */
function expectNothingServed(answer: Answer): void {
  expect(answer.headers['set-cookie']).toBeUndefined();
  expect(answer.headers['content-type']).toMatch(/^text\/plain/);
  expect(answer.body).not.toContain(SAMPLE_EN);
  expect(answer.body).not.toContain('Nordvind');
  expect(answer.body).not.toContain('workspaceId');
  expect(answer.body).not.toContain('<script');
  expect(answer.body.length).toBeLessThan(200);
}

const LIST = '/api/call/workspace.list';

test('requests without the token, or with a wrong one, get 401 and nothing else', async ({ host }) => {
  const wrong = `${host.token.slice(0, -1)}${host.token.endsWith('A') ? 'B' : 'A'}`;
  const attempts: { what: string; answer: Promise<Answer> }[] = [
    { what: 'GET / without a token', answer: send(host, 'GET', '/') },
    { what: 'GET /index.html without a token', answer: send(host, 'GET', '/index.html') },
    { what: 'POST list without a token', answer: send(host, 'POST', LIST, {}, '{}') },
    { what: 'GET events without a token', answer: send(host, 'GET', '/api/events') },
    { what: 'GET / with a wrong token', answer: send(host, 'GET', `/?token=${wrong}`) },
    { what: 'GET / with an empty token', answer: send(host, 'GET', '/?token=') },
    { what: 'POST list with a wrong token', answer: send(host, 'POST', `${LIST}?token=${wrong}`, {}, '{}') },
    { what: 'POST list with a wrong cookie', answer: send(host, 'POST', LIST, { Cookie: `samspil_token_${new URL(host.origin).port}=${wrong}` }, '{}') },
    { what: 'POST list with a wrong bearer', answer: send(host, 'POST', LIST, { Authorization: `Bearer ${wrong}` }, '{}') },
    { what: 'POST list with the token as a prefix', answer: send(host, 'POST', LIST, { Authorization: `Bearer ${host.token}x` }, '{}') },
  ];
  for (const attempt of attempts) {
    const answer = await attempt.answer;
    expect(answer.status, attempt.what).toBe(401);
    expectNothingServed(answer);
  }
});

test('a foreign Host (DNS rebinding) or a foreign Origin gets 403 even with the right token', async ({ host }) => {
  const port = new URL(host.origin).port;
  const good = { Authorization: `Bearer ${host.token}` };
  const attempts: { what: string; answer: Promise<Answer> }[] = [
    { what: 'GET / with a rebinding Host', answer: send(host, 'GET', `/?token=${host.token}`, { Host: `attacker.example:${port}` }) },
    { what: 'POST list with a rebinding Host', answer: send(host, 'POST', LIST, { ...good, Host: `attacker.example:${port}` }, '{}') },
    { what: 'POST list with Host of another port', answer: send(host, 'POST', LIST, { ...good, Host: `127.0.0.1:${Number(port) + 1}` }, '{}') },
    { what: 'POST list with a Host without port', answer: send(host, 'POST', LIST, { ...good, Host: '127.0.0.1' }, '{}') },
    { what: 'GET / with a foreign Origin', answer: send(host, 'GET', `/?token=${host.token}`, { Origin: 'https://attacker.example' }) },
    { what: 'POST list with a foreign Origin', answer: send(host, 'POST', LIST, { ...good, Origin: 'https://attacker.example' }, '{}') },
    { what: 'POST list with a null Origin', answer: send(host, 'POST', LIST, { ...good, Origin: 'null' }, '{}') },
    { what: 'POST list with an Origin of another port', answer: send(host, 'POST', LIST, { ...good, Origin: `http://127.0.0.1:${Number(port) + 1}` }, '{}') },
  ];
  for (const attempt of attempts) {
    const answer = await attempt.answer;
    expect(answer.status, attempt.what).toBe(403);
    expectNothingServed(answer);
  }
});

test('the right token works: in the address (which sets the cookie), as a Bearer header, and as the cookie', async ({ host }) => {
  const page = await send(host, 'GET', `/?token=${host.token}`);
  expect(page.status).toBe(200);
  expect(page.body).toContain('<div id="root">');
  expect(String(page.headers['set-cookie'])).toMatch(new RegExp(`samspil_token_${new URL(host.origin).port}=.*HttpOnly.*SameSite=Strict`));
  expect(page.headers['content-security-policy']).toContain("script-src 'self'");

  // The home screen installs the sample on the first visit in a browser; here nobody has yet.
  const bearer = await send(host, 'POST', LIST, { Authorization: `Bearer ${host.token}`, Origin: host.origin }, '{}');
  expect(bearer.status).toBe(200);
  expect(JSON.parse(bearer.body)).toEqual({ ok: true, data: { workspaces: [] } });

  const created = await send(host, 'POST', '/api/call/workspace.create', { Cookie: `samspil_token_${new URL(host.origin).port}=${host.token}` }, JSON.stringify({ name: 'Kick-off workshop', clientCompany: 'Havbrise Software ApS', language: 'en', currency: 'DKK' }));
  expect(created.status).toBe(200);
  expect(JSON.parse(created.body)).toMatchObject({ ok: true, data: { name: 'Kick-off workshop' } });

  const listed = await send(host, 'POST', LIST, { Authorization: `Bearer ${host.token}`, Host: `localhost:${new URL(host.origin).port}` }, '{}');
  expect(listed.status).toBe(200);
  expect(listed.body).toContain('Kick-off workshop');

  // The same call refused a moment later without the token still tells nothing.
  const refused = await send(host, 'POST', LIST, {}, '{}');
  expect(refused.status).toBe(401);
  expect(refused.body).not.toContain('Kick-off workshop');
});

test('a browser that opens the address without the token gets the refusal, not the app', async ({ page, host }) => {
  const response = await page.goto(`${host.origin}/`);
  expect(response?.status()).toBe(401);
  await expect(page.locator('body')).toHaveText(/^Unauthorized/);
  await expect(page.getByRole('heading', { name: 'Workspaces' })).toHaveCount(0);
  // With the token it works, and afterwards the cookie carries it: the token leaves the address.
  await page.goto(host.url);
  await expect(page.getByRole('listitem', { name: SAMPLE_EN })).toBeVisible();
  expect(page.url()).not.toContain('token');
  expect(await page.evaluate(() => location.href)).toBe(`${host.origin}/`);
  await page.reload();
  await expect(page.getByRole('listitem', { name: SAMPLE_EN })).toBeVisible();
  await page.goto('about:blank');
  const again = await page.goto(`${host.origin}/#/trash`);
  expect(again?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 2, name: 'Trash' })).toBeVisible();
});
