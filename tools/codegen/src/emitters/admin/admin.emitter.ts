import type { Emitter } from '../../ir/ir.types';
import { ADMIN_ROOT, resourceMeasures, subjectsOf } from './admin-names';
import { emitI18n } from './i18n.emit';
import { emitResource, emitSchema } from './resource.emit';
import { emitResourcesIndex } from './resources-index.emit';

/**
 * apps/admin: a react-admin resource per measure that takes applications (with its form schema),
 * the resource list with the menu grouped by policy section, and zh-CN/en messages.
 */
export const adminEmitter: Emitter = {
  name: 'admin',
  outputs: [ADMIN_ROOT],
  emit: (ir) => {
    const resources = ir.policies.flatMap((p) => resourceMeasures(p.measures).flatMap((m) => [emitResource(m, subjectsOf(p)), emitSchema(m)]));
    return [...resources, emitResourcesIndex(ir.policies), emitI18n(ir.policies)];
  },
};
