// A district developer's page script, run by e2e/sdk-browser.e2e.spec.ts in Chromium: it imports the
// built @pioneer/sdk (ESM, copied to /sdk/) as a page under `script-src 'self'` would, calls the
// started API through it and writes what happened to <output id="result"> as JSON.
import { createClient, PioneerApiError, formatYuan } from './sdk/index.mjs';
import computeVoucher from './sdk/offline/compute-voucher.mjs';
import { loadOfflineMeasure } from './sdk/offline.mjs';

const params = new URLSearchParams(location.search);
const asOf = '2025-06-01';

async function refusal(call) {
  try {
    await call();
    return 'not refused';
  } catch (error) {
    if (!(error instanceof PioneerApiError)) throw error;
    return { status: error.status, code: error.code, pointers: (error.issues ?? []).map((i) => i.pointer), text: error.text() };
  }
}

async function run() {
  const example = await (await fetch('/example.json')).json();
  const anonymous = createClient({ baseUrl: '', lang: 'zh-CN' });
  const session = await anonymous.auth.signIn({ username: 'applicant', password: 'applicant-demo-pass' });
  const applicant = createClient({ baseUrl: '', token: session.accessToken, lang: 'zh-CN' });
  const me = await applicant.auth.me();
  const application = { ...example, applicant: { ...example.applicant, district: me.district } };

  const offline = computeVoucher.estimate(application, { asOf });
  const loaded = await loadOfflineMeasure('compute-voucher');
  const online = await applicant.measures.computeVoucher.estimate(application, { asOf });
  const invalid = await refusal(() => applicant.measures.computeVoucher.estimate({ ...application, contract: { ...application.contract, amount: -1 } }, { asOf }));
  const draft = await applicant.measures.computeVoucher.create(application);
  const key = 'sdk-browser-submit-1';
  const submitted = await applicant.measures.computeVoucher.submit(draft.id, { idempotencyKey: key });
  const again = await applicant.measures.computeVoucher.submit(draft.id, { idempotencyKey: key });
  const listed = [];
  for await (const record of applicant.measures.computeVoucher.all({ perPage: 1 })) listed.push(record.id);

  const district = createClient({ baseUrl: '', token: params.get('key'), lang: 'zh-CN' });
  const statistics = await district.statistics();
  const readByDistrict = await district.measures.computeVoucher.get(draft.id);
  const other = createClient({ baseUrl: '', token: params.get('otherKey'), lang: 'zh-CN' });
  const otherStatistics = await refusal(() => other.statistics({ district: me.district }));
  const otherRead = await refusal(() => other.measures.computeVoucher.get(draft.id));

  return {
    offline: { status: offline.status, amount: offline.award?.amount, yuan: formatYuan(offline.award?.amount ?? 0), sameAsLoaded: loaded.estimate(application, { asOf }).award?.amount === offline.award?.amount },
    online: { status: online.status, amount: online.award?.amount },
    invalid,
    submitted: { id: submitted.id, status: submitted.status, replayed: again.id === submitted.id && again.status === submitted.status && again.amount === submitted.amount },
    listedOwn: listed.includes(draft.id),
    statistics: { district: statistics.district?.code, count: statistics.totals.count, measures: statistics.byMeasure.map((m) => m.key) },
    readByDistrict: readByDistrict.id === draft.id,
    otherStatistics,
    otherRead,
    district: me.district,
  };
}

const output = document.getElementById('result');
run().then(
  (result) => (output.textContent = JSON.stringify(result)),
  (error) => (output.textContent = JSON.stringify({ failed: String(error?.stack ?? error) })),
);
