import { type DynamicModule, Module } from '@nestjs/common';
import { ApplicationsModule, LifecycleModule } from '@pioneer/api-applications';
import { type ApiConfig, CoreModule } from '@pioneer/api-core';
import { IdentityModule } from '@pioneer/api-identity';
import { CatalogueController } from './catalogue.controller';
import { MEASURE_MODULES } from './generated/measure-modules.gen';
import { HealthController } from './health.controller';

/** The API: core services, organisations and people, the generic applications feature, and one generated module per measure. */
@Module({})
export class AppModule {
  static forRoot(config: ApiConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [CoreModule.forRoot(config), IdentityModule, ApplicationsModule, LifecycleModule, ...MEASURE_MODULES],
      controllers: [CatalogueController, HealthController],
    };
  }
}
