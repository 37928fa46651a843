// The district portal's own script (served as /main.js under `script-src 'self'`): it signs the
// applicant in with the SDK, hands the token to the embedded form, and draws the district's
// statistics, which the portal's server fetches with the district's API key (the key never
// reaches the browser).
import { createClient, moneyLabel, PioneerApiError, type ApplicationRecord, type Decision, type MatchResult, type NamedGroupCount, type YearStatistics } from '@pioneer/sdk';
import { definePioneerApply, type PioneerApplyElement, type PioneerErrorDetail } from '@pioneer/embed';

definePioneerApply();
const client = createClient({ baseUrl: '', lang: 'zh-CN' });
const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const form = byId<PioneerApplyElement>('apply');
const log = byId<HTMLElement>('event-log');
const params = new URLSearchParams(location.search);
if (params.get('measure')) form.setAttribute('measure', params.get('measure')!);
void fetch('/portal-config.json')
  .then((response) => response.json() as Promise<{ asOf: string | null }>)
  .then(({ asOf }) => asOf && form.setAttribute('as-of', asOf));

byId<HTMLFormElement>('sign-in-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const status = byId<HTMLElement>('sign-in-status');
  try {
    const session = await client.auth.signIn({ username: byId<HTMLInputElement>('username').value, password: byId<HTMLInputElement>('password').value });
    form.token = session.accessToken;
    status.textContent = '已登录，可保存草稿和提交申请';
  } catch (error) {
    status.textContent = error instanceof PioneerApiError ? error.text() : '登录失败：请重试';
  }
});

form.addEventListener('pioneer-estimate', (event) => {
  const { decision, partial } = (event as CustomEvent<{ decision: Decision; partial: MatchResult }>).detail;
  log.dataset.estimate = String(decision.award?.amount ?? (partial.estimate?.min === partial.estimate?.max ? partial.estimate?.max : '') ?? '');
});
form.addEventListener('pioneer-submitted', (event) => {
  const record = (event as CustomEvent<ApplicationRecord>).detail;
  log.textContent = `已提交：${record.id}`;
  log.dataset.submitted = record.id;
  void drawStatistics();
});
form.addEventListener('pioneer-error', (event) => {
  log.textContent = `未成功：${(event as CustomEvent<PioneerErrorDetail>).detail.message['zh-CN']}`;
});

const SVG = 'http://www.w3.org/2000/svg';
function svg<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A bar per measure: applications submitted (blue) beside the amount awarded (green), so districts compare measures at a glance. */
function chart(rows: NamedGroupCount[]): SVGSVGElement {
  const rowHeight = 28;
  const width = 640;
  const labelWidth = 200;
  const chartSvg = svg('svg', { class: 'chart', viewBox: `0 0 ${width} ${rows.length * rowHeight + 8}`, role: 'img', 'aria-label': '各措施申报数量' });
  const most = Math.max(1, ...rows.map((r) => r.count));
  rows.forEach((row, i) => {
    const total = row.count;
    const y = i * rowHeight + 4;
    chartSvg.append(svg('text', { x: 0, y: y + 16 }, row.label['zh-CN']));
    chartSvg.append(svg('rect', { class: 'bar', x: labelWidth, y, height: 18, width: Math.max(2, ((width - labelWidth - 60) * total) / most) }));
    chartSvg.append(svg('text', { x: labelWidth + ((width - labelWidth - 60) * total) / most + 6, y: y + 14 }, `${total} 件`));
  });
  return chartSvg;
}

async function drawStatistics(): Promise<void> {
  const body = byId<HTMLElement>('statistics-body');
  const response = await fetch('/district/statistics');
  if (!response.ok) {
    body.textContent = '统计暂不可用：请稍后刷新';
    return;
  }
  const stats = (await response.json()) as YearStatistics;
  const district = stats.district?.label['zh-CN'] ?? '本区';
  byId<HTMLElement>('portal-title').textContent = `${district} · 人工智能先锋城市政策申报`;
  byId<HTMLElement>('statistics-title').textContent = `${district} ${stats.year} 年申报统计`;
  const summary = document.createElement('p');
  summary.textContent = `${stats.year} 年本区已申报 ${stats.totals.count} 件，已批准资助 ${moneyLabel(stats.totals.committed)['zh-CN']}`;
  const table = document.createElement('table');
  table.createCaption().textContent = '按措施统计';
  const head = table.createTHead().insertRow();
  for (const title of ['措施', '申报数', '已批准金额']) head.append(Object.assign(document.createElement('th'), { textContent: title }));
  const rows = table.createTBody();
  for (const m of stats.byMeasure) {
    const row = rows.insertRow();
    row.insertCell().textContent = m.label['zh-CN'];
    Object.assign(row.insertCell(), { className: 'number', textContent: String(m.count) });
    Object.assign(row.insertCell(), { className: 'number', textContent: moneyLabel(m.committed)['zh-CN'] });
  }
  body.replaceChildren(summary, chart(stats.byMeasure), table);
  body.dataset.applications = String(stats.totals.count);
}

void drawStatistics();
