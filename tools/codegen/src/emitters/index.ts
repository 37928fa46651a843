import type { Emitter } from '../ir/ir.types';
import { contractsEmitter } from './contracts/contracts.emitter';
import { docsEmitter } from './docs/docs.emitter';
import { adminEmitter } from './admin/admin.emitter';
import { portalEmitter } from './portal/portal.emitter';
import { apiEmitter, openApiEmitter } from './api';
import { sdkEmitter } from './sdk/sdk.emitter';

/**
 * Every emitter, each reading only the IR. Order does not matter: each owns its output folders.
 * Add an emitter here and in nothing else.
 */
export const EMITTERS: Emitter[] = [contractsEmitter, docsEmitter, adminEmitter, portalEmitter, apiEmitter, openApiEmitter, sdkEmitter];
