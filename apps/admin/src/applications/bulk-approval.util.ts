import type { RaRecord } from 'react-admin';

/** The status from which an application can be approved (the API's TRANSITIONS.approve.from). */
const APPROVABLE = 'scored';

/**
 * The selected rows an approver can approve, in the order the list shows them: that order is
 * the committee's priority the API follows when the budget runs out. Rows of other statuses are
 * left out (the API would only refuse them), and so are selections off the current page, whose
 * status the list does not hold.
 */
export function approvableSelection(data: readonly RaRecord[] | undefined, selectedIds: readonly unknown[]) {
  const selected = new Set(selectedIds.map(String));
  const rows = (data ?? []).filter((row) => selected.has(String(row.id)) && row.status === APPROVABLE);
  const total = rows.reduce((sum, row) => sum + (typeof row.amount === 'number' ? row.amount : 0), 0);
  return { rows, total, leftOut: selected.size - rows.length };
}
