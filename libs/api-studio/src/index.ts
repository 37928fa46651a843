/**
 * @pioneer/api-studio — the measure studio's API: admins check, try, test, compare and publish
 * edits of measure files; enabled in development or with PIONEER_STUDIO=1, never in production.
 */
export { StudioModule } from './lib/studio.module';
export { studioSettingsFrom, STUDIO_SETTINGS, type StudioSettings } from './lib/studio-settings';
export { whatIf, type StoredApplication, type WhatIfReport, type WhatIfRow, type BudgetYearChange } from './lib/what-if.util';
export { previewGenerator, type GeneratorPreview } from './lib/generator-preview.util';
export { WhatIfService } from './lib/what-if.service';
