/** A signed-in user's calls to the API, as a script would make them (set-up steps the browser story does not show). */
export interface ApiSession {
  call: <T = any>(method: 'GET' | 'POST' | 'PATCH', path: string, body?: unknown) => Promise<T>; // eslint-disable-line @typescript-eslint/no-explicit-any -- response bodies are arbitrary JSON
}

/** Signs in `username` with its password; each call fails with the API's answer when it is not 2xx. */
export async function signInApi(apiUrl: string, username: string, password: string): Promise<ApiSession> {
  const signIn = await fetch(`${apiUrl}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!signIn.ok) throw new Error(`sign-in of ${username} failed: ${signIn.status} ${await signIn.text()}`);
  const { accessToken } = (await signIn.json()) as { accessToken: string };
  return {
    call: async (method, path, body) => {
      const res = await fetch(`${apiUrl}${path}`, {
        method,
        headers: { authorization: `Bearer ${accessToken}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      if (!res.ok) throw new Error(`${method} ${path} as ${username}: ${res.status} ${text}`);
      return text ? JSON.parse(text) : undefined;
    },
  };
}
