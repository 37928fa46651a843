import type { Readable } from 'node:stream';
import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { Errors, Roles } from '@pioneer/api-core';
import type { FastifyReply } from 'fastify';
import { type ExportFile, type ExportFormat, ExportsService } from '../exports/exports.service';
import { LIFECYCLE_ROLES as R } from '../lifecycle/lifecycle-roles';

function format(raw: unknown): ExportFormat {
  if (raw === undefined || raw === '' || raw === 'csv') return 'csv';
  if (raw === 'xlsx') return 'xlsx';
  throw Errors.badRequest('invalid-query', 'format 须为 csv 或 xlsx', 'format must be csv or xlsx');
}

function year(raw: unknown, required: boolean): number | undefined {
  if ((raw === undefined || raw === '') && !required) return undefined;
  const value = Number(raw);
  if (!/^\d{4}$/.test(String(raw)) || value < 2000 || value > 2100) throw Errors.badRequest('invalid-query', 'year 须为四位年份，如 2025', 'year must be a four-digit year such as 2025');
  return value;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `ids=a,b,c`: the applications selected in a list (a page holds at most 100), or undefined for all. */
function ids(raw: unknown): string[] | undefined {
  if (raw === undefined || raw === '') return undefined;
  const list = String(raw).split(',');
  if (list.length > 100 || !list.every((id) => UUID.test(id))) {
    throw Errors.badRequest('invalid-query', 'ids 须为以逗号分隔的申请标识，最多 100 个', 'ids must be application ids separated by commas, at most 100');
  }
  return list.map((id) => id.toLowerCase());
}

function send(reply: FastifyReply, file: ExportFile): Readable {
  void reply.header('content-type', file.mediaType).header('content-disposition', `attachment; filename="${file.name}"`);
  return file.body;
}

/** CSV and XLSX exports for audit and finance (zh-CN headings, amounts in yuan). */
@Controller('exports')
export class ExportsController {
  constructor(private readonly exports: ExportsService) {}

  @Get('applications')
  @Roles(...R.ledger)
  async applications(@Res({ passthrough: true }) reply: FastifyReply, @Query('measure') measure?: string, @Query('year') y?: string, @Query('format') f?: string, @Query('ids') selected?: string) {
    if (typeof measure !== 'string' || !measure) throw Errors.badRequest('invalid-query', '请用 measure 指定措施代码（见 /api/measures）', 'Name the measure with ?measure=<code> (codes: /api/measures)');
    return send(reply, await this.exports.applications(measure, year(y, false), format(f), ids(selected)));
  }

  @Get('ledger/:policy/:budget/:year')
  @Roles(...R.ledger)
  async ledger(@Res({ passthrough: true }) reply: FastifyReply, @Param('policy') policy: string, @Param('budget') budget: string, @Param('year') y: string, @Query('format') f?: string) {
    return send(reply, await this.exports.ledger(policy.slice(0, 100), budget.slice(0, 100), year(y, true)!, format(f)));
  }
}
