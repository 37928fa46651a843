import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { CurrentPrincipal, type Principal, Roles } from '@pioneer/api-core';
import type { Page, UserRecord } from './identity-records.dto';
import { UsersService } from './users.service';

/** Users: admins create them, deactivate them and reset their passwords. */
@Controller('users')
@Roles('admin')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @Roles('admin')
  list(@Query() query: Record<string, unknown>): Promise<Page<UserRecord>> {
    return this.users.list(query);
  }

  @Get(':id')
  @Roles('admin')
  get(@Param('id') id: string): Promise<UserRecord> {
    return this.users.get(id);
  }

  @Post()
  @HttpCode(201)
  @Roles('admin')
  create(@CurrentPrincipal() principal: Principal, @Body() body: unknown): Promise<UserRecord> {
    return this.users.create(principal, body);
  }

  @Patch(':id')
  @Roles('admin')
  update(@CurrentPrincipal() principal: Principal, @Param('id') id: string, @Body() body: unknown): Promise<UserRecord> {
    return this.users.update(principal, id, body);
  }
}
