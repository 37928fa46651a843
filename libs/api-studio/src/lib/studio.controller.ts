import path from 'node:path';
import { Body, Controller, Get, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import { Roles } from '@pioneer/api-core';
import { MeasureFilesService } from './measure-files.service';
import { MeasureTrialService } from './measure-trial.service';
import { PublishService } from './publish.service';
import { StudioCatalogueService } from './studio-catalogue.service';
import { StudioEnabledGuard } from './studio-enabled.guard';
import { type EditBody, readEditBody, readNewMeasureBody, readTryBody, readWhatIfBody } from './studio-request.dto';
import { NewMeasureService } from './new-measure.service';
import { WhatIfService } from './what-if.service';

/**
 * The measure studio (admins only, and only where it is enabled): read measures, check, try and
 * test unsaved edits, compare them with the stored applications, publish them as schema files.
 */
@Controller('studio')
@UseGuards(StudioEnabledGuard)
export class StudioController {
  constructor(
    private readonly files: MeasureFilesService,
    private readonly catalogue: StudioCatalogueService,
    private readonly trial: MeasureTrialService,
    private readonly whatIfs: WhatIfService,
    private readonly publisher: PublishService,
    private readonly scaffold: NewMeasureService,
  ) {}

  @Get('policies')
  @Roles('admin')
  policies() {
    return this.catalogue.policies();
  }

  /** A measure file as saved, its cases, its example application and the meta-schema (for the editor's completion). */
  @Get('measures/:code')
  @Roles('admin')
  measure(@Param('code') code: string) {
    const { policyDir, file } = this.files.locate(code);
    const { cases, problems } = this.files.cases(policyDir, code);
    return {
      policy: path.basename(policyDir),
      file: path.relative(path.resolve(this.files.schemasRoot, '..'), file).split(path.sep).join('/'),
      measure: this.files.readJson(file),
      cases: cases.map((c) => ({ file: c.file, testCase: c.testCase })),
      caseProblems: problems,
      example: this.files.example(policyDir, code),
      metaSchema: this.files.metaSchema(),
    };
  }

  @Post('measures/:code/check')
  @HttpCode(200)
  @Roles('admin')
  check(@Param('code') code: string, @Body() body: unknown) {
    const edit = readEditBody(body);
    const policyDir = this.policyDirOf(code, edit);
    // The form the edit generates comes with its check: the live preview follows every edit.
    return { problems: this.trial.check(policyDir, code, edit), form: this.files.formOf(policyDir, edit.measure) };
  }

  @Post('measures/:code/evaluate')
  @HttpCode(200)
  @Roles('admin')
  evaluate(@Param('code') code: string, @Body() body: unknown) {
    const edit = readTryBody(body);
    return this.trial.evaluate(this.policyDirOf(code, edit), code, edit);
  }

  @Post('measures/:code/cases')
  @HttpCode(200)
  @Roles('admin')
  cases(@Param('code') code: string, @Body() body: unknown) {
    const edit = readEditBody(body);
    return { results: this.trial.runCases(this.policyDirOf(code, edit), code, edit) };
  }

  @Post('measures/:code/what-if')
  @HttpCode(200)
  @Roles('admin')
  whatIf(@Param('code') code: string, @Body() body: unknown) {
    const edit = readWhatIfBody(body);
    const policyDir = this.policyDirOf(code, edit);
    const published = this.files.compileWith(policyDir, code, undefined).policy;
    const edited = this.trial.compiled(policyDir, code, edit);
    // The saved files compile unless someone broke them outside the studio: then compare with the edit itself.
    return this.whatIfs.report(code, published ?? edited, edited, edit.asOf);
  }

  @Post('measures/:code/publish')
  @HttpCode(200)
  @Roles('admin')
  publish(@Param('code') code: string, @Body() body: unknown) {
    // The generator runs for up to a minute with nothing sent: the API's edge lifts the idle
    // timeout while a JSON request is being answered (http-edge.ts), so this answer is not cut.
    const edit = readEditBody(body);
    return this.publisher.publish(this.policyDirOf(code, edit), code, edit);
  }

  /** A new measure from the scaffold's template of a family, placed in the policy: staged, nothing written. */
  @Post('policies/:policy/measures')
  @HttpCode(200)
  @Roles('admin')
  newMeasure(@Param('policy') policy: string, @Body() body: unknown) {
    return this.scaffold.stage(policy, readNewMeasureBody(body));
  }

  private policyDirOf(code: string, edit: EditBody): string {
    return this.files.locateFor(code, edit.placement).policyDir;
  }
}
