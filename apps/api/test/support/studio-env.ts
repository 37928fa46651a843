import { rmSync } from 'node:fs';
import type { Harness } from './api-harness';
import { TOKENS } from './api-harness';
import { studioRepoCopy } from './studio-repo-copy';

const VARIABLES = ['PIONEER_STUDIO', 'PIONEER_STUDIO_ROOT', 'NODE_ENV'] as const;

/**
 * The studio enabled on a throw-away copy of the repository (PIONEER_STUDIO_ROOT) for one suite;
 * `leave` puts the environment back and removes the copy.
 */
export function enterStudio(): { root: string; leave: () => void } {
  const saved = Object.fromEntries(VARIABLES.map((key) => [key, process.env[key]]));
  const root = studioRepoCopy();
  Object.assign(process.env, { PIONEER_STUDIO: '1', PIONEER_STUDIO_ROOT: root, NODE_ENV: 'test' });
  return {
    root,
    leave: () => {
      for (const [key, value] of Object.entries(saved))
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** An application through review to approval (one reviewer, no conflict, recommended), as the money path requires. */
export async function approve(api: Harness, id: string): Promise<void> {
  const act = async (action: string, token: string, body: unknown = {}) =>
    expect([action, (await api.call('POST', `/api/applications/${id}/${action}`, { token, body })).status]).toEqual([action, 200]);
  await act('reviewers', TOKENS.admin, { reviewers: ['rita'] });
  await act('conflict-declaration', TOKENS.reviewer, { conflict: false });
  await act('recommendation', TOKENS.reviewer);
  await act('approve', TOKENS.approver);
}

/** Drafts and submits one application per form as applicant A; their ids in order. */
export async function submitAll(api: Harness, code: string, forms: unknown[]): Promise<string[]> {
  const ids: string[] = [];
  for (const form of forms) {
    const draft = await api.call('POST', `/api/measures/${code}/applications`, { token: TOKENS.applicantA, body: form });
    const done = await api.call('POST', `/api/measures/${code}/applications/${draft.body.id}/submit`, { token: TOKENS.applicantA });
    expect(done.status).toBe(200);
    ids.push(draft.body.id);
  }
  return ids;
}
