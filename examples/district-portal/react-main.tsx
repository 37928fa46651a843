// The same district portal for a district whose site is built with React (served as /react.html):
// the form is the <PioneerApply> component of @pioneer/embed/react, fed the signed-in applicant's
// token as a prop, its events arriving as callbacks. Same strict CSP as the plain page.
import { createClient, PioneerApiError, type ApplicationRecord } from '@pioneer/sdk';
import { PioneerApply } from '@pioneer/embed/react';
import { type FormEvent, StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';

const client = createClient({ baseUrl: '', lang: 'zh-CN' });
const measure = new URLSearchParams(location.search).get('measure') ?? 'compute-voucher';

function SignIn({ onSignedIn }: { onSignedIn: (token: string) => void }) {
  const [status, setStatus] = useState('');
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    try {
      const session = await client.auth.signIn({ username: String(form.get('username')), password: String(form.get('password')) });
      onSignedIn(session.accessToken);
      setStatus('已登录，可保存草稿和提交申请');
    } catch (error) {
      setStatus(error instanceof PioneerApiError ? error.text() : '登录失败：请重试');
    }
  };
  return (
    <form id="sign-in-form" onSubmit={submit}>
      <label htmlFor="username">用户名</label>
      <input id="username" name="username" autoComplete="username" required />
      <label htmlFor="password">密码</label>
      <input id="password" name="password" type="password" autoComplete="current-password" required />
      <button type="submit">登录</button>
      <p id="sign-in-status" role="status">
        {status}
      </p>
    </form>
  );
}

/** What the page heard from the form's callbacks, shown to the applicant (and read by the browser test). */
interface Heard {
  estimate?: number | null;
  submitted?: ApplicationRecord;
  error?: string;
}

function Portal() {
  const [token, setToken] = useState<string>();
  const [asOf, setAsOf] = useState<string>();
  const [heard, setHeard] = useState<Heard>({});
  useEffect(() => {
    // The date the platform decides on, when it is not today (a demo clock).
    void fetch('/portal-config.json')
      .then((response) => response.json() as Promise<{ asOf: string | null }>)
      .then((config) => setAsOf(config.asOf ?? undefined));
  }, []);
  const said = heard.submitted ? `已提交：${heard.submitted.id}` : heard.error ? `未成功：${heard.error}` : '';
  return (
    <>
      <section aria-labelledby="sign-in-title">
        <h2 id="sign-in-title">申报单位登录</h2>
        <SignIn onSignedIn={setToken} />
      </section>
      <section aria-labelledby="apply-title">
        <h2 id="apply-title">在线申报</h2>
        <PioneerApply
          measure={measure}
          baseUrl=""
          lang="zh-CN"
          token={token}
          asOf={asOf}
          onEstimate={({ decision, partial }) => setHeard((h) => ({ ...h, estimate: decision.award?.amount ?? (partial.estimate?.min === partial.estimate?.max ? partial.estimate?.max : null) }))}
          onSubmitted={(record) => setHeard((h) => ({ ...h, submitted: record, error: undefined }))}
          onError={(detail) => setHeard((h) => ({ ...h, error: detail.message['zh-CN'] }))}
        />
        <p id="react-log" role="log" aria-live="polite" data-estimate={heard.estimate ?? ''} data-submitted={heard.submitted?.id ?? ''}>
          {said}
        </p>
      </section>
    </>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Portal />
  </StrictMode>,
);
