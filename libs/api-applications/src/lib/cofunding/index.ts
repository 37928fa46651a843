import { registerFeatureMigrations } from '@pioneer/api-core';
import { Cofunding1765400000000 } from './1765400000000-cofunding.migration';

registerFeatureMigrations(Cofunding1765400000000);

export { CofundingController } from './cofunding.controller';
export { CofundingService, parseCofundingInput, type CofundingInput, type CofundingLedger, type CofundingRow } from './cofunding.service';
export { Cofunding1765400000000 };
