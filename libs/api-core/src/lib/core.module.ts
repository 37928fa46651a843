import { type DynamicModule, Global, Inject, Module, type OnModuleDestroy } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { AuditService } from './audit/audit.service';
import { AuthGuard } from './auth/auth.guard';
import { Clock } from './clock/clock.service';
import { API_CONFIG, type ApiConfig } from './config/api-config';
import { dataSourceProvider } from './database/database.providers';
import { DatabaseService } from './database/database.service';
import { ErrorFilter } from './errors/error.filter';

/**
 * What every API feature stands on: configuration, the database (migrated at start), the
 * clock, the audit log, and the two global pieces: the guard every route passes and the filter
 * every error leaves through.
 */
@Global()
@Module({})
export class CoreModule implements OnModuleDestroy {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  static forRoot(config: ApiConfig): DynamicModule {
    return {
      module: CoreModule,
      providers: [
        { provide: API_CONFIG, useValue: config },
        dataSourceProvider,
        { provide: DatabaseService, inject: [DataSource], useFactory: (dataSource: DataSource) => new DatabaseService(dataSource) },
        Clock,
        AuditService,
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: ErrorFilter },
      ],
      exports: [API_CONFIG, DataSource, DatabaseService, Clock, AuditService],
    };
  }

  async onModuleDestroy(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}
