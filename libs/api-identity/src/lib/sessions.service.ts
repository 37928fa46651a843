import { randomUUID } from 'node:crypto';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { API_CONFIG, type ApiConfig, ApiError, AuditService, Clock, DatabaseService, Errors, type Principal, RefreshSessionEntity, UserEntity } from '@pioneer/api-core';
import { type EntityManager, IsNull, Not } from 'typeorm';
import { signAccessToken } from './access-token.util';
import { InputReader } from './identity-input.util';
import { toUserRecord, type UserRecord } from './identity-records.dto';
import { decoyPasswordHash, hashPassword, PASSWORD_LENGTH, verifyPassword } from './password.util';
import { randomSecret, sha256Hex } from './secret-token.util';

/** What sign-in and refresh answer. */
export interface SessionTokens {
  tokenType: 'Bearer';
  /** Short-lived (PIONEER_ACCESS_TOKEN_TTL): send it as `Authorization: Bearer <accessToken>`. */
  accessToken: string;
  expiresIn: number;
  /** Exchange it at /api/auth/refresh for a new pair before the access token expires; it works once. */
  refreshToken: string;
  refreshExpiresIn: number;
  user: UserRecord;
}

/** What a new password must be (as an administrator's reset asks). */
const NEW_PASSWORD = { ...PASSWORD_LENGTH, hint: { 'zh-CN': '请使用不易猜测的密码短语', en: 'use a passphrase that is hard to guess' } };

/** Refresh tokens start with this, so a leaked one is recognisable in logs and scanners. */
const REFRESH_PREFIX = 'pior_';

/** One answer for every failed sign-in: an unknown name, a wrong password and a deactivated account look the same. */
const signInFailed = () =>
  new ApiError(401, 'sign-in-failed', { 'zh-CN': '用户名或密码不正确：请检查后重试；忘记密码请联系管理员重置', en: 'Wrong user name or password: check them and try again; if you forgot the password, ask an administrator to reset it' });

const sessionEnded = () =>
  new ApiError(401, 'session-ended', { 'zh-CN': '登录已失效：请重新登录', en: 'This session has ended: sign in again' }, undefined, { 'WWW-Authenticate': 'Bearer realm="pioneer"' });

/** The principal a signed-in user acts as (an applicant's organisation read by the caller). */
export const userPrincipal = (user: Pick<UserEntity, 'id' | 'username' | 'role'>, sessionId?: string): Principal => ({
  subject: `user:${user.username}`,
  role: user.role as Principal['role'],
  userId: user.id,
  ...(sessionId ? { sessionId } : {}),
});

/**
 * Sign-in sessions: password sign-in issues a short-lived signed access token and a refresh
 * token (stored hashed); refreshing rotates the refresh token (a used one presented again ends
 * the whole session: it was copied); sign-out ends the session. Every step is audited.
 */
@Injectable()
export class SessionsService implements OnModuleInit {
  constructor(
    private readonly db: DatabaseService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  /** Makes the decoy hash at start, so the first unknown user costs no more than the next. */
  async onModuleInit(): Promise<void> {
    await decoyPasswordHash();
  }

  async signIn(body: unknown): Promise<SessionTokens> {
    const input = new InputReader();
    const raw = input.object(body, '', ['username', 'password']) ?? {};
    const username = input.text(raw.username, '/username', { min: 1, max: 64 });
    if (typeof raw.password !== 'string' || raw.password.length < 1 || raw.password.length > 200) input.text(undefined, '/password', { min: 1, max: 200 });
    input.done();
    const user = await this.db.read((manager) => manager.findOneBy(UserEntity, { username: username!.toLowerCase() }));
    // The password is checked even for an unknown user (against a decoy), so timing tells nothing.
    const matches = await verifyPassword(raw.password as string, user?.passwordHash ?? (await decoyPasswordHash()));
    if (!user || !matches || !user.active) throw signInFailed();
    return this.db.write(async (manager) => {
      const tokens = await this.issue(manager, user, randomUUID());
      await this.audit.record(manager, userPrincipal(user), { action: 'session.sign-in', entityType: 'user', entityId: user.id, details: {} });
      return tokens;
    });
  }

  async refresh(body: unknown): Promise<SessionTokens> {
    const token = this.readRefreshToken(body);
    const now = this.clock.timestamp();
    return this.db.write(async (manager) => {
      const session = await manager.findOneBy(RefreshSessionEntity, { tokenHash: sha256Hex(token) });
      if (!session) throw sessionEnded();
      const user = await manager.findOneBy(UserEntity, { id: session.userId });
      if (!user) throw sessionEnded();
      if (session.revokedAt !== null) {
        // A spent refresh token again: someone kept a copy. End the session for both holders.
        // The revocation must commit although the request fails: it is returned, then thrown.
        const ended = await this.endFamily(manager, session.familyId, now);
        if (ended) await this.audit.record(manager, userPrincipal(user), { action: 'session.reuse-detected', entityType: 'user', entityId: user.id, details: { session: session.familyId } });
        return null;
      }
      if (session.expiresAt <= now || !user.active) throw sessionEnded();
      // Conditional: of two refreshes with one token (two processes), only one wins.
      const spent = await manager.update(RefreshSessionEntity, { id: session.id, revokedAt: IsNull() }, { revokedAt: now });
      if (spent.affected !== 1) throw sessionEnded();
      const tokens = await this.issue(manager, user, session.familyId);
      await this.audit.record(manager, userPrincipal(user), { action: 'session.refresh', entityType: 'user', entityId: user.id, details: { session: session.familyId } });
      return tokens;
    }).then((tokens) => {
      if (!tokens) throw sessionEnded();
      return tokens;
    });
  }

  /** Ends the session of a refresh token. Answers the same whether or not the token was live. */
  async signOut(body: unknown): Promise<void> {
    const token = this.readRefreshToken(body);
    const now = this.clock.timestamp();
    await this.db.write(async (manager) => {
      const session = await manager.findOneBy(RefreshSessionEntity, { tokenHash: sha256Hex(token) });
      if (!session || !(await this.endFamily(manager, session.familyId, now))) return;
      const user = await manager.findOneByOrFail(UserEntity, { id: session.userId });
      await this.audit.record(manager, userPrincipal(user), { action: 'session.sign-out', entityType: 'user', entityId: user.id, details: { session: session.familyId } });
    });
  }

  /**
   * A signed-in user changes its own password: the current one must match (so a borrowed, still
   * open browser cannot lock its owner out), the new one must differ. Every other session of the
   * user ends (a password someone else knew stops working everywhere); this one goes on.
   */
  async changePassword(principal: Principal, body: unknown): Promise<void> {
    if (!principal.userId) {
      throw Errors.forbidden('此凭证不属于登录用户，没有可修改的密码：请以用户名和密码登录后再修改', 'This credential is not a signed-in user and has no password to change: sign in with a user name and password first');
    }
    const input = new InputReader();
    const raw = input.object(body, '', ['currentPassword', 'newPassword']) ?? {};
    if (typeof raw.currentPassword !== 'string' || raw.currentPassword.length < 1 || raw.currentPassword.length > PASSWORD_LENGTH.max) input.text(undefined, '/currentPassword', { min: 1, max: PASSWORD_LENGTH.max });
    const fresh = typeof raw.newPassword === 'string' && raw.newPassword.length >= PASSWORD_LENGTH.min && raw.newPassword.length <= PASSWORD_LENGTH.max ? raw.newPassword : undefined;
    if (!fresh) input.text(undefined, '/newPassword', NEW_PASSWORD);
    else if (fresh === raw.currentPassword) input.add('/newPassword', { 'zh-CN': '新密码须与当前密码不同', en: 'must differ from the current password' });
    input.done();
    const user = await this.db.read((manager) => manager.findOneBy(UserEntity, { id: principal.userId }));
    if (!user || !user.active) throw sessionEnded();
    if (!(await verifyPassword(raw.currentPassword as string, user.passwordHash))) {
      input.add('/currentPassword', { 'zh-CN': '当前密码不正确：请重新输入；忘记密码请联系管理员重置', en: 'is not your current password: type it again; if you forgot it, ask an administrator to reset it' });
      input.done();
    }
    const passwordHash = await hashPassword(fresh!);
    await this.db.write(async (manager) => {
      const at = this.clock.timestamp();
      // Conditional on the hash just checked: of two changes at once, the second must know the first's password.
      const changed = await manager.update(UserEntity, { id: user.id, passwordHash: user.passwordHash }, { passwordHash, updatedAt: at });
      if (changed.affected !== 1) throw Errors.conflict('password-changed', '密码刚被修改过：请用新密码重新登录后再试', 'The password was changed a moment ago: sign in with the new one and try again');
      const others = { userId: user.id, revokedAt: IsNull(), ...(principal.sessionId ? { familyId: Not(principal.sessionId) } : {}) };
      const ended = await manager.update(RefreshSessionEntity, others, { revokedAt: at });
      await this.audit.record(manager, principal, { action: 'user.password-change', entityType: 'user', entityId: user.id, details: { otherSessionsEnded: ended.affected ?? 0 } });
    });
  }

  /** A new refresh token in session `familyId` and an access token naming it. */
  private async issue(manager: EntityManager, user: UserEntity, familyId: string): Promise<SessionTokens> {
    const { accessTtlSeconds, refreshTtlSeconds, secret } = this.config.auth;
    const now = this.clock.now();
    const refreshToken = `${REFRESH_PREFIX}${randomSecret(32)}`;
    await manager.insert(RefreshSessionEntity, {
      id: randomUUID(),
      familyId,
      userId: user.id,
      tokenHash: sha256Hex(refreshToken),
      expiresAt: new Date(now.getTime() + refreshTtlSeconds * 1000).toISOString(),
      revokedAt: null,
      createdAt: now.toISOString(),
    });
    const iat = Math.floor(now.getTime() / 1000);
    const accessToken = signAccessToken({ sub: user.id, sid: familyId, iat, exp: iat + accessTtlSeconds }, secret);
    return { tokenType: 'Bearer', accessToken, expiresIn: accessTtlSeconds, refreshToken, refreshExpiresIn: refreshTtlSeconds, user: toUserRecord(user) };
  }

  /** Revokes every live token of a session; whether there was one. */
  private async endFamily(manager: EntityManager, familyId: string, at: string): Promise<boolean> {
    const result = await manager.update(RefreshSessionEntity, { familyId, revokedAt: IsNull() }, { revokedAt: at });
    return (result.affected ?? 0) > 0;
  }

  private readRefreshToken(body: unknown): string {
    const input = new InputReader();
    const raw = input.object(body, '', ['refreshToken']) ?? {};
    const token = typeof raw.refreshToken === 'string' && /^pior_[A-Za-z0-9_-]{43}$/.test(raw.refreshToken) ? raw.refreshToken : undefined;
    if (!token) input.add('/refreshToken', { 'zh-CN': '须为登录时返回的 refreshToken', en: 'must be the refreshToken that sign-in returned' });
    input.done();
    return token!;
  }
}
