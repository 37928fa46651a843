import { type DynamicModule, Module } from '@nestjs/common';
import { ApplicationsModule, LifecycleModule } from '@pioneer/api-applications';
import { type ApiConfig, CoreModule } from '@pioneer/api-core';
import { IdentityModule } from '@pioneer/api-identity';
import { AttachmentsModule } from '@pioneer/api-attachments';
import { ExportJobsModule } from '@pioneer/api-export-jobs';
import { StudioModule } from '@pioneer/api-studio';
import { CatalogueController } from './catalogue.controller';
import { ClockController } from './clock.controller';
import { MEASURE_MODULES } from './generated/measure-modules.gen';
import { HealthController } from './health.controller';

/** The API: core services, organisations and people, the generic applications feature and its lifecycle, attachments, export jobs, and one generated module per measure. */
@Module({})
export class AppModule {
  static forRoot(config: ApiConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [CoreModule.forRoot(config), IdentityModule, ApplicationsModule, LifecycleModule, AttachmentsModule, ExportJobsModule, StudioModule, ...MEASURE_MODULES],
      controllers: [CatalogueController, ClockController, HealthController],
    };
  }
}
