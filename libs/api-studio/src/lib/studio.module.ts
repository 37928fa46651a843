import { Module } from '@nestjs/common';
import { ApplicationsModule } from '@pioneer/api-applications';
import { MeasureFilesService } from './measure-files.service';
import { MeasureTrialService } from './measure-trial.service';
import { NewMeasureService } from './new-measure.service';
import { PublishService } from './publish.service';
import { StudioCatalogueService } from './studio-catalogue.service';
import { StudioController } from './studio.controller';
import { StudioEnabledGuard } from './studio-enabled.guard';
import { STUDIO_SETTINGS, studioSettingsFrom } from './studio-settings';
import { WhatIfService } from './what-if.service';

/**
 * The measure studio's API. Its settings are read from the environment when the API starts
 * (NODE_ENV, PIONEER_STUDIO, PIONEER_STUDIO_ROOT): see studio-settings.ts.
 */
@Module({
  imports: [ApplicationsModule],
  controllers: [StudioController],
  providers: [
    { provide: STUDIO_SETTINGS, useFactory: () => studioSettingsFrom(process.env, process.cwd()) },
    StudioEnabledGuard,
    MeasureFilesService,
    MeasureTrialService,
    StudioCatalogueService,
    WhatIfService,
    PublishService,
    NewMeasureService,
  ],
})
export class StudioModule {}
