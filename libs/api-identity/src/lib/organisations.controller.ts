import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { CurrentPrincipal, type Principal, Roles } from '@pioneer/api-core';
import type { OrganisationRecord, Page } from './identity-records.dto';
import { OrganisationsService } from './organisations.service';

/** The organisation registry: admins; an applicant reads its own organisation (`mine`). */
@Controller('organisations')
@Roles('admin')
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  @Get()
  @Roles('admin')
  list(@Query() query: Record<string, unknown>): Promise<Page<OrganisationRecord>> {
    return this.organisations.list(query);
  }

  @Get('mine')
  @Roles('applicant')
  mine(@CurrentPrincipal() principal: Principal): Promise<OrganisationRecord> {
    return this.organisations.mine(principal);
  }

  @Get(':id')
  @Roles('admin')
  get(@Param('id') id: string): Promise<OrganisationRecord> {
    return this.organisations.get(id);
  }

  @Post()
  @HttpCode(201)
  @Roles('admin')
  create(@CurrentPrincipal() principal: Principal, @Body() body: unknown): Promise<OrganisationRecord> {
    return this.organisations.create(principal, body);
  }

  @Patch(':id')
  @Roles('admin')
  update(@CurrentPrincipal() principal: Principal, @Param('id') id: string, @Body() body: unknown): Promise<OrganisationRecord> {
    return this.organisations.update(principal, id, body);
  }
}
