import type { Emitter } from '../../ir/ir.types';
import { emitBundles } from './bundle.emit';
import { emitCatalogue } from './catalogue.emit';
import { emitTypes } from './types.emit';
import { emitValidators } from './validators.emit';

/** libs/contracts: policy bundles, the measure catalogue, application types and precompiled validators. */
export const contractsEmitter: Emitter = {
  name: 'contracts',
  outputs: ['libs/contracts/src/generated'],
  emit: async (ir) => [
    emitBundles(ir.policies),
    emitCatalogue(ir.policies),
    ...(await emitTypes(ir.policies)),
    emitValidators(ir.policies),
  ],
};
