import { Injectable } from '@nestjs/common';
import { ApplicationEntity, DatabaseService, Errors, LedgerEntryEntity } from '@pioneer/api-core';
import { APPLICATION_STATUS_LABELS, MEASURES } from '@pioneer/contracts';
import { In } from 'typeorm';
import { ApplicationsRepository } from '../applications.repository';
import { BudgetLedgerRepository } from '../budget/budget-ledger.repository';
import { PolicyRegistry } from '../policy-registry.service';
import { isApplicationStatus } from '../application-status';
import { type ExportColumn, toCsv, yuan } from './table.util';
import { toXlsx } from './xlsx.util';

/** The most rows one export holds: a bound on the work one request causes. */
export const MAX_EXPORT_ROWS = 50_000;

export type ExportFormat = 'csv' | 'xlsx';

/** A file to send. */
export interface ExportFile {
  name: string;
  mediaType: string;
  body: Buffer | string;
}

const measureName = (code: string) => MEASURES.find((m) => m.code === code)?.name['zh-CN'] ?? code;

const APPLICATION_COLUMNS: ExportColumn<ApplicationEntity>[] = [
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

/** A ledger entry with its application's readable number. */
type NumberedEntry = LedgerEntryEntity & { applicationNumber: string | null };

const LEDGER_COLUMNS: ExportColumn<NumberedEntry>[] = [
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
 * formula-safe) or XLSX.
 */
@Injectable()
export class ExportsService {
  constructor(
    private readonly db: DatabaseService,
    private readonly ledgers: BudgetLedgerRepository,
    private readonly policies: PolicyRegistry,
    private readonly rows: ApplicationsRepository,
  ) {}

  /** A measure's applications (of one budget year, or only the `ids` selected in a list), oldest first. */
  async applications(measure: string, year: number | undefined, format: ExportFormat, ids?: string[]): Promise<ExportFile> {
    if (!this.policies.all().some((p) => p.measures.has(measure))) throw Errors.badRequest('invalid-query', `没有措施 ${measure.slice(0, 64)}：措施代码见 /api/measures`, `No measure ${measure.slice(0, 64)}: see /api/measures for the codes`);
    const where = { measure, ...(year === undefined ? {} : { budgetYear: year }), ...(ids ? { id: In(ids) } : {}) };
    const rows = await this.db.read((manager) => manager.find(ApplicationEntity, { where, order: { createdAt: 'ASC', id: 'ASC' }, take: MAX_EXPORT_ROWS }));
    return this.file(`applications-${measure}${year ? `-${year}` : ''}${ids ? '-selected' : ''}`, '申请', APPLICATION_COLUMNS, rows, format);
  }

  async ledger(policy: string, budget: string, year: number, format: ExportFormat): Promise<ExportFile> {
    const ledger = await this.db.read((manager) => this.ledgers.find(manager, policy, budget, year));
    const [entries] = ledger ? await this.db.read((manager) => this.ledgers.entries(manager, ledger.id, 1, MAX_EXPORT_ROWS)) : [[]];
    const numbers = await this.db.read((manager) => this.rows.numbersOf(manager, entries.map((e) => e.applicationId)));
    const numbered = entries.map((e) => Object.assign(e, { applicationNumber: numbers.get(e.applicationId) ?? null }));
    return this.file(`ledger-${budget}-${year}`, '预算台账', LEDGER_COLUMNS, numbered, format);
  }

  private async file<T>(name: string, sheet: string, columns: ExportColumn<T>[], rows: T[], format: ExportFormat): Promise<ExportFile> {
    if (format === 'xlsx') return { name: `${name}.xlsx`, mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', body: await toXlsx(sheet, columns, rows) };
    return { name: `${name}.csv`, mediaType: 'text/csv; charset=utf-8', body: toCsv(columns, rows) };
  }
}
