import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { CurrentPrincipal, Errors, type Principal, Roles } from '@pioneer/api-core';
import { CofundingService, parseCofundingInput } from './cofunding.service';

function parseYear(raw: unknown): number | undefined {
  if (raw === undefined || raw === '') return undefined;
  if (!/^\d{4}$/.test(String(raw))) throw Errors.badRequest('invalid-query', 'year 须为四位年份，如 2025', 'year must be a four-digit year such as 2025');
  return Number(raw);
}

/** Clause 十 co-funding: a district's share of an approved award, and the ledger of city and district shares. */
@Controller()
export class CofundingController {
  constructor(private readonly cofunding: CofundingService) {}

  /** `POST /api/applications/:id/cofunding` `{ amount, note? }`: records (or replaces) the district's share, in fen. */
  @Post('applications/:id/cofunding')
  @Roles('admin', 'district-officer')
  record(@CurrentPrincipal() principal: Principal, @Param('id') id: string, @Body() body: unknown) {
    return this.cofunding.record(principal, id, parseCofundingInput(body));
  }

  /** `GET /api/cofunding/ledger?year=&district=`: each approved award with the city's and the district's shares, and totals. */
  @Get('cofunding/ledger')
  @Roles('admin', 'approver', 'district-officer')
  ledger(@CurrentPrincipal() principal: Principal, @Query('year') year?: string, @Query('district') district?: string) {
    return this.cofunding.ledger(principal, parseYear(year), typeof district === 'string' && district !== '' ? district.slice(0, 64) : undefined);
  }
}
