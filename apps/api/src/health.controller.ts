import { Controller, Get } from '@nestjs/common';
import { DatabaseService, Public } from '@pioneer/api-core';
import { ApiError } from '@pioneer/api-core';
import { PolicyRegistry } from '@pioneer/api-applications';

/** Liveness with a database round trip: 200 when the database answers, 503 otherwise. */
@Controller('health')
export class HealthController {
  constructor(
    private readonly db: DatabaseService,
    private readonly policies: PolicyRegistry,
  ) {}

  @Get()
  @Public()
  async check(): Promise<{ status: 'ok'; database: 'sqlite' | 'postgres'; measures: number }> {
    if (!(await this.db.ping())) {
      throw new ApiError(503, 'database-unavailable', { 'zh-CN': '数据库暂不可用：请稍后重试', en: 'The database is not answering: try again shortly' });
    }
    return { status: 'ok', database: this.db.kind, measures: this.policies.measuresWithForm().length };
  }
}
