import { decoyPasswordHash, hashPassword, verifyPassword } from './password.util';

describe('password hashes (scrypt)', () => {
  it('hashes with a fresh salt and the cost stored beside it, and verifies only the right password', async () => {
    const [a, b] = await Promise.all([hashPassword('correct-horse-battery'), hashPassword('correct-horse-battery')]);
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{44}$/);
    expect(a).not.toBe(b);
    expect(a).not.toContain('correct-horse');
    expect(await verifyPassword('correct-horse-battery', a)).toBe(true);
    expect(await verifyPassword('correct-horse-batterY', a)).toBe(false);
    expect(await verifyPassword('', a)).toBe(false);
  });

  it('reads the same password typed in another Unicode form (NFKC)', async () => {
    const hash = await hashPassword('ｐａｓｓ-word-全角-123');
    expect(await verifyPassword('pass-word-全角-123', hash)).toBe(true);
  });

  it('never matches, and never throws on, a malformed or foreign hash', async () => {
    for (const stored of ['', 'plain-text', 'scrypt$0$8$1$AAAA$AAAA', 'scrypt$x$8$1$AAAA$AAAA', 'bcrypt$2b$10$abc', 'scrypt$1048576$64$64$AAAA$AAAA']) {
      expect(await verifyPassword('anything-at-all', stored)).toBe(false);
    }
  });

  it('keeps one decoy hash that no password opens, for unknown users', async () => {
    const decoy = await decoyPasswordHash();
    expect(await decoyPasswordHash()).toBe(decoy);
    expect(await verifyPassword('admin-demo-pass', decoy)).toBe(false);
  });
});
