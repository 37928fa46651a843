import type { Emitter } from '../../ir/ir.types';
import { emitBundles } from './bundle.emit';
import { emitCatalogue } from './catalogue.emit';

/** libs/contracts: policy bundles and the measure catalogue (types and validators: see their emitters). */
export const contractsEmitter: Emitter = {
  name: 'contracts',
  outputs: ['libs/contracts/src/generated'],
  emit: (ir) => [emitBundles(ir.policies), emitCatalogue(ir.policies)],
};
