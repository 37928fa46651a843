import type { Readable } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import { API_CONFIG, type ApiConfig, DatabaseService, Errors } from '@pioneer/api-core';
import { APPLICATION_STATUS_LABELS, MEASURES } from '@pioneer/contracts';
import { BudgetLedgerRepository } from '../budget/budget-ledger.repository';
import { PolicyRegistry } from '../policy-registry.service';
import { isApplicationStatus } from '../application-status';
import { type ExportedApplication, type ExportedEntry, applicationPages, countApplications, countEntries, ledgerPages } from './export-pages';
import { csvStream, type ExportColumn, yuan } from './table.util';
import { endWithin } from './time-limit.util';
import { xlsxStream } from './xlsx.util';

/** Rows one read of an export takes; other requests are served between two reads. */
export const EXPORT_PAGE_ROWS = 1_000;

/** An export not taken whole within this long is ended (its snapshot closed): 50,000 rows take seconds. */
const EXPORT_TIME_LIMIT_MS = 10 * 60_000;

export type ExportFormat = 'csv' | 'xlsx';

/** A file to send, streamed as it is read. */
export interface ExportFile {
  name: string;
  mediaType: string;
  body: Readable;
}

/** What one export holds: the GET routes' parameters, named; a background job stores it as given. */
export type ExportRequest =
  | { kind: 'applications'; measure: string; year?: number; ids?: string[]; format: ExportFormat }
  | { kind: 'ledger'; policy: string; budget: string; year: number; format: ExportFormat };

/**
 * An export checked and counted, not read yet: `file` opens its snapshot when the body is first
 * read. `onPage` hears the rows written so far after each page (a background job's progress).
 */
export interface PlannedExport {
  rows: number;
  file(onPage?: (rowsWritten: number) => void): ExportFile;
}

const measureName = (code: string) => MEASURES.find((m) => m.code === code)?.name['zh-CN'] ?? code;

const APPLICATION_COLUMNS: ExportColumn<ExportedApplication>[] = [
  { heading: '申请编号', value: (r) => r.number ?? r.id },
  { heading: '措施', value: (r) => measureName(r.measure) },
  { heading: '统一社会信用代码', value: (r) => r.applicantId },
  { heading: '所在区', value: (r) => r.district },
  { heading: '状态', value: (r) => (isApplicationStatus(r.status) ? APPLICATION_STATUS_LABELS[r.status]['zh-CN'] : r.status) },
  { heading: '核定金额（元）', value: (r) => yuan(r.amount), yuan: true },
  { heading: '批准金额（元）', value: (r) => yuan(r.approvedAmount), yuan: true },
  { heading: '已拨付（元）', value: (r) => yuan(r.paidAmount), yuan: true },
  { heading: '预算', value: (r) => r.budgetCode },
  { heading: '预算年度', value: (r) => r.budgetYear },
  { heading: '提交时间', value: (r) => r.submittedAt },
  { heading: '说明', value: (r) => r.statusReason },
  { heading: '系统标识', value: (r) => r.id },
];

const KIND = { reserve: '批准占用', release: '释放', payment: '拨付' } as const;

const LEDGER_COLUMNS: ExportColumn<ExportedEntry>[] = [
  { heading: '时间', value: (e) => e.at },
  { heading: '申请编号', value: (e) => e.applicationNumber ?? e.applicationId },
  { heading: '类型', value: (e) => KIND[e.kind] },
  { heading: '金额（元）', value: (e) => yuan(e.amount), yuan: true },
  { heading: '操作人', value: (e) => e.actor },
  { heading: '备注', value: (e) => e.reference },
];

/**
 * Exports for audit and finance, with zh-CN headings and amounts in yuan: the applications of a
 * measure (optionally of one budget year), and a budget year's ledger. CSV (UTF-8 with BOM,
 * formula-safe) or XLSX. Streamed: the rows are read page by page from one snapshot, out of the
 * way of every other request (`DatabaseService.snapshot`), and written out as they come.
 */
@Injectable()
export class ExportsService {
  constructor(
    private readonly db: DatabaseService,
    private readonly ledgers: BudgetLedgerRepository,
    private readonly policies: PolicyRegistry,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  /** A measure's applications (of one budget year, or only the `ids` selected in a list), oldest first. */
  async applications(measure: string, year: number | undefined, format: ExportFormat, ids?: string[]): Promise<ExportFile> {
    return (await this.plan({ kind: 'applications', measure, year, ids, format })).file();
  }

  async ledger(policy: string, budget: string, year: number, format: ExportFormat): Promise<ExportFile> {
    return (await this.plan({ kind: 'ledger', policy, budget, year, format })).file();
  }

  /**
   * Checks an export and counts its rows, refusing (400) an unknown measure or more rows than
   * PIONEER_EXPORT_MAX_ROWS; nothing is read from a snapshot until the file's body is.
   */
  async plan(request: ExportRequest): Promise<PlannedExport> {
    const max = this.config.exportMaxRows;
    if (request.kind === 'applications') {
      const { measure, year, ids, format } = request;
      if (!this.policies.all().some((p) => p.measures.has(measure))) throw Errors.badRequest('invalid-query', `没有措施 ${measure.slice(0, 64)}：措施代码见 /api/measures`, `No measure ${measure.slice(0, 64)}: see /api/measures for the codes`);
      const filter = { measure, year, ids };
      const rows = await this.db.read((manager) => countApplications(manager, filter));
      if (rows > max) throw this.tooMany(rows, year === undefined ? 'year' : 'selection');
      const name = `applications-${measure}${year ? `-${year}` : ''}${ids ? '-selected' : ''}`;
      return { rows, file: (onPage) => file(name, '申请', APPLICATION_COLUMNS, counted(applicationPages(this.db, filter, EXPORT_PAGE_ROWS, max), onPage), format) };
    }
    const { policy, budget, year, format } = request;
    const ledger = await this.db.read((manager) => this.ledgers.find(manager, policy, budget, year));
    const rows = ledger ? await this.db.read((manager) => countEntries(manager, ledger.id)) : 0;
    if (rows > max) throw this.tooMany(rows, 'ask');
    const pages = ledger ? ledgerPages(this.db, ledger.id, EXPORT_PAGE_ROWS, max) : noPages<ExportedEntry>();
    return { rows, file: (onPage) => file(`ledger-${budget}-${year}`, '预算台账', LEDGER_COLUMNS, counted(pages, onPage), format) };
  }

  /** Refused before a byte is sent: a cut-off file would be read as the whole. */
  private tooMany(rows: number, narrow: 'year' | 'selection' | 'ask') {
    const most = this.config.exportMaxRows.toLocaleString('en-US');
    const count = rows.toLocaleString('en-US');
    const next = {
      year: ['请按预算年度（year）分别导出', 'export one budget year at a time (year=…)'],
      selection: ['请在列表中筛选后导出所选申请', 'filter the list and export the selected applications'],
      ask: ['请联系管理员调高 PIONEER_EXPORT_MAX_ROWS', 'ask an administrator to raise PIONEER_EXPORT_MAX_ROWS'],
    }[narrow];
    return Errors.badRequest('export-too-large', `共 ${count} 行，超过单次导出上限 ${most} 行：${next[0]}`, `${count} rows, more than one export holds (${most}): ${next[1]}`);
  }
}

function file<T>(name: string, sheet: string, columns: ExportColumn<T>[], pages: AsyncIterable<T[]>, format: ExportFormat): ExportFile {
  if (format === 'xlsx') return { name: `${name}.xlsx`, mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', body: endWithin(xlsxStream(sheet, columns, pages), EXPORT_TIME_LIMIT_MS) };
  return { name: `${name}.csv`, mediaType: 'text/csv; charset=utf-8', body: endWithin(csvStream(columns, pages), EXPORT_TIME_LIMIT_MS) };
}

/** The pages as they come, telling `onPage` the rows taken so far once the writer took each page. */
async function* counted<T>(pages: AsyncIterable<T[]>, onPage?: (rowsWritten: number) => void): AsyncGenerator<T[]> {
  let written = 0;
  for await (const page of pages) {
    yield page;
    written += page.length;
    onPage?.(written);
  }
}

async function* noPages<T>(): AsyncGenerator<T[]> {
  // A budget year nobody approved in yet: the headings alone.
}
