import { signAccessToken, verifyAccessToken } from './access-token.util';

const SECRET = 'a-secret-of-at-least-thirty-two-characters';
const claims = { sub: '3f1c2a9e-0000-4000-8000-000000000001', sid: '3f1c2a9e-0000-4000-8000-000000000002', iat: 1_000, exp: 1_900 };

describe('access tokens (HMAC-SHA256)', () => {
  it('round-trips its claims until it expires', () => {
    const token = signAccessToken(claims, SECRET);
    expect(token).toMatch(/^pio1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);
    expect(verifyAccessToken(token, SECRET, 1_899)).toEqual(claims);
    expect(verifyAccessToken(token, SECRET, 1_900)).toBeUndefined();
  });

  it('refuses another key, a changed claim, a changed signature and anything malformed', () => {
    const token = signAccessToken(claims, SECRET);
    const [prefix, payload, signature] = token.split('.');
    const longer = Buffer.from(JSON.stringify({ ...claims, exp: 99_999 })).toString('base64url');
    const bad = [
      signAccessToken(claims, `${SECRET}!`),
      `${prefix}.${longer}.${signature}`,
      `${prefix}.${payload}.${signature.slice(0, -1)}${signature.endsWith('A') ? 'B' : 'A'}`,
      `${prefix}.${payload}`,
      `pio2.${payload}.${signature}`,
      '',
      'pio1..',
      `pio1.${Buffer.from('not json').toString('base64url')}.${signature}`,
    ];
    for (const candidate of bad) expect(verifyAccessToken(candidate, SECRET, 1_000)).toBeUndefined();
  });

  it('refuses well-signed claims of the wrong shape', () => {
    const token = signAccessToken({ ...claims, exp: 'never' } as never, SECRET);
    expect(verifyAccessToken(token, SECRET, 1_000)).toBeUndefined();
  });
});
