import { Body, Controller, Get, HttpCode, Inject, Post } from '@nestjs/common';
import { ANY_ROLE, API_CONFIG, type ApiConfig, CurrentPrincipal, type Principal, Public, Roles, SignInRateLimit } from '@pioneer/api-core';
import { DEMO_SIGN_INS, type DemoSignIn } from './identity-seed';
import { type Registration, RegistrationService } from './registration.service';
import { type SessionTokens, SessionsService } from './sessions.service';

/** Who the caller is, as /api/auth/me answers. */
export type Me = Omit<Principal, 'sessionId'>;

/** Sign-in, token refresh, sign-out, the caller's identity and password, and self-registration of an applicant organisation. */
@Controller('auth')
export class AuthController {
  constructor(
    private readonly sessions: SessionsService,
    private readonly registration: RegistrationService,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  /** The demo's public sign-ins, for the sign-in pages to list; none outside the demo (PIONEER_DEMO=1). */
  @Get('demo-sign-ins')
  @Public()
  demoSignIns(): readonly DemoSignIn[] {
    return this.config.demo ? DEMO_SIGN_INS : [];
  }

  @Post('sign-in')
  @HttpCode(200)
  @Public()
  @SignInRateLimit()
  signIn(@Body() body: unknown): Promise<SessionTokens> {
    return this.sessions.signIn(body);
  }

  @Post('refresh')
  @HttpCode(200)
  @Public()
  refresh(@Body() body: unknown): Promise<SessionTokens> {
    return this.sessions.refresh(body);
  }

  @Post('sign-out')
  @HttpCode(204)
  @Public()
  signOut(@Body() body: unknown): Promise<void> {
    return this.sessions.signOut(body);
  }

  @Get('me')
  @Roles(...ANY_ROLE)
  me(@CurrentPrincipal() principal: Principal): Me {
    const { subject, role, userId, organisationId, applicantId, district } = principal;
    return { subject, role, ...(userId ? { userId } : {}), ...(organisationId ? { organisationId } : {}), ...(applicantId ? { applicantId } : {}), ...(district ? { district } : {}) };
  }

  /** The caller's own password; other sessions end. Rate-limited like sign-in: it checks a password. */
  @Post('password')
  @HttpCode(204)
  @Roles(...ANY_ROLE)
  @SignInRateLimit()
  changePassword(@CurrentPrincipal() principal: Principal, @Body() body: unknown): Promise<void> {
    return this.sessions.changePassword(principal, body);
  }

  @Post('register')
  @HttpCode(201)
  @Public()
  @SignInRateLimit()
  register(@Body() body: unknown): Promise<Registration> {
    return this.registration.register(body);
  }
}
