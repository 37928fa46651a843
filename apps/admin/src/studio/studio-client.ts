import type { Lang } from '@pioneer/engine';
import { createClient, PioneerApiError, type StudioClient } from '@pioneer/sdk';
import { currentToken } from '../auth/session';

/** The SDK's studio calls, with the signed-in user's token. */
export const studio: StudioClient = createClient({ baseUrl: window.location.origin, token: async () => (await currentToken()) ?? '' }).studio;

/** An API failure as the person reads it: the message in their language, and the issues' lines. */
export function failureText(error: unknown, lang: Lang): string {
  if (error instanceof PioneerApiError)
    return [error.message[lang], ...(error.issues ?? []).map((i) => `${i.pointer || '/'}: ${i.message[lang]}`)].join('\n');
  return String((error as Error)?.message ?? error);
}
