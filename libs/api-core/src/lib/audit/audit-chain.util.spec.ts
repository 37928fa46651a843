import { createHash } from 'node:crypto';
import { canonicalJson, eventHash, eventTail, GENESIS_HASH, type ChainedEvent, verifyChain } from './audit-chain.util';

function chain(count: number): ChainedEvent[] {
  const events: ChainedEvent[] = [];
  let prevHash = GENESIS_HASH;
  for (let seq = 1; seq <= count; seq++) {
    const event = { id: `e${seq}`, seq, at: `2025-06-01T00:00:0${seq}.000Z`, actor: 'alice', role: 'admin', action: 'application.update', entityType: 'application', entityId: 'a1', details: { b: 1, a: [seq] }, prevHash };
    const hash = eventHash(event);
    events.push({ ...event, hash });
    prevHash = hash;
  }
  return events;
}

describe('the audit hash chain', () => {
  it('verifies an intact chain, whatever order the details keys come back in', () => {
    const events = chain(5).map((e) => ({ ...e, details: { a: (e.details as { a: number[] }).a, b: 1 } }));
    expect(verifyChain(events)).toEqual({ events: 5, ok: true });
    expect(canonicalJson({ b: { d: 1, c: [2, { f: 1, e: 0 }] }, a: null })).toBe('{"a":null,"b":{"c":[2,{"e":0,"f":1}],"d":1}}');
  });

  it('reports the first altered, removed or inserted event', () => {
    const altered = chain(5);
    altered[2] = { ...altered[2], actor: 'mallory' };
    expect(verifyChain(altered)).toMatchObject({ ok: false, events: 2, firstBroken: { seq: 3, reason: expect.stringMatching(/changed/) } });
    const removed = chain(5).filter((e) => e.seq !== 2);
    expect(verifyChain(removed)).toMatchObject({ ok: false, firstBroken: { seq: 3, reason: expect.stringMatching(/missing/) } });
    const relinked = chain(5);
    relinked[3] = { ...relinked[3], prevHash: GENESIS_HASH };
    expect(verifyChain(relinked)).toMatchObject({ ok: false, firstBroken: { seq: 4, reason: expect.stringMatching(/link/) } });
  });

  it('hashes the canonical array of the event, of which the database completes the tail on PostgreSQL', () => {
    const [e] = chain(1);
    const whole = canonicalJson([e.seq, e.prevHash, e.id, e.at, e.actor, e.role, e.action, e.entityType, e.entityId, e.details]);
    expect(e.hash).toBe(createHash('sha256').update(whole).digest('hex'));
    expect(`[${e.seq},"${e.prevHash}",${eventTail(e)}`).toBe(whole);
  });
});
