import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { CurrentPrincipal, type Principal, Roles } from '@pioneer/api-core';
import { type ApiKeyRecord, type Page } from './identity-records.dto';
import { ApiKeysService, type NewApiKey } from './api-keys.service';

/** District portals' API keys: admins create (the key is shown once), list and revoke them. */
@Controller('api-keys')
@Roles('admin')
export class ApiKeysController {
  constructor(private readonly keys: ApiKeysService) {}

  @Get()
  @Roles('admin')
  list(@Query() query: Record<string, unknown>): Promise<Page<ApiKeyRecord>> {
    return this.keys.list(query);
  }

  @Post()
  @HttpCode(201)
  @Roles('admin')
  create(@CurrentPrincipal() principal: Principal, @Body() body: unknown): Promise<NewApiKey> {
    return this.keys.create(principal, body);
  }

  @Post(':id/revoke')
  @HttpCode(200)
  @Roles('admin')
  revoke(@CurrentPrincipal() principal: Principal, @Param('id') id: string): Promise<ApiKeyRecord> {
    return this.keys.revoke(principal, id);
  }
}
