import { InitialSchema1764150000000 } from './1764150000000-initial-schema.migration';
import { RequestPathIndexes1764900000000 } from './1764900000000-request-path-indexes.migration';
import { Attachments1765100000000 } from './1765100000000-attachments.migration';

/** Every migration, oldest first. Add new ones at the end; never edit one that has shipped. */
export const MIGRATIONS = [InitialSchema1764150000000, RequestPathIndexes1764900000000, Attachments1765100000000];
