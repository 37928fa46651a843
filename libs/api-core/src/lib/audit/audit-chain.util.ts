import { createHash } from 'node:crypto';

/** The hash before the first event. */
export const GENESIS_HASH = '0'.repeat(64);

/** What an event's hash covers: everything recorded about it, and the link to its predecessor. */
export interface ChainedEvent {
  id: string;
  seq: number;
  at: string;
  actor: string;
  role: string;
  action: string;
  entityType: string;
  entityId: string;
  details: unknown;
  prevHash: string;
  hash: string;
}

/** JSON with object keys sorted at every level: PostgreSQL's jsonb does not keep key order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** What an event's hash covers before it has a place in the chain. */
export type UnlinkedEvent = Omit<ChainedEvent, 'seq' | 'prevHash' | 'hash'>;

/**
 * The hash of an event, given its predecessor's hash: SHA-256 of the canonical JSON array
 * `[seq, prevHash, id, at, actor, role, action, entityType, entityId, details]`.
 */
export function eventHash(event: Omit<ChainedEvent, 'hash'>): string {
  return createHash('sha256').update(`[${event.seq},${JSON.stringify(event.prevHash)},${eventTail(event)}`).digest('hex');
}

/**
 * The hashed array's text after `seq` and `prevHash`, closing bracket included. PostgreSQL's
 * `audit_append` links an event inside the database and completes the same text there.
 */
export function eventTail(event: UnlinkedEvent): string {
  const { id, at, actor, role, action, entityType, entityId, details } = event;
  return canonicalJson([id, at, actor, role, action, entityType, entityId, details]).slice(1);
}

/** The outcome of checking a chain: how many events, and the first broken link if any. */
export interface ChainReport {
  events: number;
  ok: boolean;
  firstBroken?: { seq: number; id: string; reason: string };
}

/**
 * Checks events fed in `seq` order, one at a time (so a long log is checked in pages): numbered
 * from 1 without gaps, each naming its predecessor's hash, each hash recomputed from what is
 * stored. `add` answers the report at the first link that does not hold.
 */
export class ChainChecker {
  private previous = GENESIS_HASH;
  private expected = 1;

  add(event: ChainedEvent): ChainReport | undefined {
    const broken = (reason: string): ChainReport => ({ events: this.expected - 1, ok: false, firstBroken: { seq: event.seq, id: event.id, reason } });
    if (event.seq !== this.expected) return broken(`expected event number ${this.expected}, found ${event.seq}: an event is missing or was inserted`);
    if (event.prevHash !== this.previous) return broken("its link to the previous event does not match that event's hash");
    if (eventHash(event) !== event.hash) return broken('its content was changed after it was recorded');
    this.previous = event.hash;
    this.expected += 1;
    return undefined;
  }

  /** The report when every event passed. */
  intact(): ChainReport {
    return { events: this.expected - 1, ok: true };
  }
}

/** Checks a whole chain held in memory. */
export function verifyChain(events: Iterable<ChainedEvent>): ChainReport {
  const checker = new ChainChecker();
  for (const event of events) {
    const broken = checker.add(event);
    if (broken) return broken;
  }
  return checker.intact();
}
