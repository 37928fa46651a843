type Json = Record<string, unknown>;

/**
 * Where a new measure joins its policy: the policy, and the budget and exclusivity group of
 * policy.json that list it. Both lists live in the policy file, not the measure's, so a new
 * measure's publish writes policy.json too.
 */
export interface Placement {
  policy: string;
  budget?: string;
  exclusivityGroup?: string;
}

const addTo = (list: Json[] | undefined, wanted: string | undefined, code: string): void => {
  const entry = list?.find((item) => item.code === wanted);
  if (!entry) return;
  const measures = Array.isArray(entry.measures) ? (entry.measures as string[]) : [];
  if (!measures.includes(code)) entry.measures = [...measures, code];
};

/** The policy file with `code` added to the chosen budget's and exclusivity group's measures (a copy; unknown codes change nothing). */
export function placeMeasure(policy: Json, code: string, placement: Placement | undefined): Json {
  if (!placement) return policy;
  const placed = structuredClone(policy);
  addTo(placed.budgets as Json[] | undefined, placement.budget, code);
  addTo(placed.exclusivityGroups as Json[] | undefined, placement.exclusivityGroup, code);
  return placed;
}
