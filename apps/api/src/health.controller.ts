import { Controller, Get } from '@nestjs/common';
import { ApiError, CurrentPrincipal, DatabaseService, type Principal, Public } from '@pioneer/api-core';
import { PolicyRegistry } from '@pioneer/api-applications';

/**
 * Liveness with a database round trip: 200 when the database answers, 503 otherwise. It never
 * waits behind queued writes (the ping bypasses the write queue). Anonymous callers learn only
 * that the API is up; signed-in callers also see the database kind and the number of measures.
 */
@Controller('health')
export class HealthController {
  constructor(
    private readonly db: DatabaseService,
    private readonly policies: PolicyRegistry,
  ) {}

  @Get()
  @Public()
  async check(@CurrentPrincipal() principal?: Principal): Promise<{ status: 'ok'; database?: 'sqlite' | 'postgres'; measures?: number }> {
    if (!(await this.db.ping())) {
      throw new ApiError(503, 'database-unavailable', { 'zh-CN': '数据库暂不可用：请稍后重试', en: 'The database is not answering: try again shortly' });
    }
    if (!principal) return { status: 'ok' };
    return { status: 'ok', database: this.db.kind, measures: this.policies.measuresWithForm().length };
  }
}
