import type { MeasureFamily } from '../types';
import type { AwardFamilyCompiler } from './award.types';
import { compileBenefit } from './benefit.award';
import { compileDiscretionary } from './discretionary.award';
import { compileFixedTiers } from './fixed-tiers.award';
import { compileShareOfBase } from './share-of-base.award';

/**
 * Every award formula family the language knows. A new family is one compiler here and one
 * branch in the meta-schema; no measure needs code of its own.
 */
export const AWARD_FAMILIES: Record<Exclude<MeasureFamily, 'informational'>, AwardFamilyCompiler> = {
  'share-of-base': compileShareOfBase,
  matching: compileShareOfBase,
  'fixed-tiers': compileFixedTiers,
  discretionary: compileDiscretionary,
  benefit: compileBenefit,
};

export type { AwardRun, CompiledAward, Note } from './award.types';
