import { registerFeatureMigrations } from '@pioneer/api-core';
import { ApplicationNumbersBackfill1765600000001 } from './1765600000001-application-numbers-backfill.migration';

registerFeatureMigrations(ApplicationNumbersBackfill1765600000001);

export { applicationNumberPrefix, formatApplicationNumber, numberScope, NEXT_NUMBER_SQL } from './application-number.util';
export { drawNumber, drawnNumberSql, numberSequenceReady, sequenceName } from './draw-number';
export { ApplicationNumbersBackfill1765600000001 };
