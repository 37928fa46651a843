import { type DynamicModule, Module } from '@nestjs/common';
import { ApplicationsModule } from '@pioneer/api-applications';
import { type ApiConfig, CoreModule } from '@pioneer/api-core';
import { AttachmentsModule } from '@pioneer/api-attachments';
import { CatalogueController } from './catalogue.controller';
import { MEASURE_MODULES } from './generated/measure-modules.gen';
import { HealthController } from './health.controller';

/** The API: core services, the generic applications feature, attachments, and one generated module per measure. */
@Module({})
export class AppModule {
  static forRoot(config: ApiConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [CoreModule.forRoot(config), ApplicationsModule, AttachmentsModule, ...MEASURE_MODULES],
      controllers: [CatalogueController, HealthController],
    };
  }
}
