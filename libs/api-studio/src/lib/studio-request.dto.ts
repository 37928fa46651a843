// The bodies of the studio's routes, read field by field so bad input is a 400 naming the field
// by JSON pointer, before anything is compiled or written.
import { Errors, type ApiIssue } from '@pioneer/api-core';
import type { FundingRecord, MeasureTestCase, ReviewerScores } from '@pioneer/engine';
import type { Placement } from './measure-placement.util';

type Json = Record<string, unknown>;

/** A case added in the studio and not yet saved: its file name under `cases/<measure>/` and its contents. */
export interface NewCase {
  name: string;
  testCase: MeasureTestCase;
}

export interface EditBody {
  /** The edited measure file (the whole JSON document). */
  measure: Json;
  /** Cases added in the studio, saved with the measure on publish. */
  newCases: NewCase[];
  /** A new measure's policy, budget and exclusivity group (absent: an existing measure, where it is). */
  placement?: Placement;
}

/** `POST /studio/policies/:policy/measures`: a new measure from the scaffold's template of a family. */
export interface NewMeasureBody {
  code: string;
  family: string;
  section: string;
  units: string[];
  budget?: string;
  exclusivityGroup?: string;
}

export interface TryBody extends EditBody {
  application: Json;
  asOf: string;
  history: FundingRecord[];
  scores: ReviewerScores[];
}

export interface WhatIfBody extends EditBody {
  /** Evaluate every application on this date instead of its submission day. */
  asOf?: string;
}

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const FILE_NAME = /^[a-z0-9][a-z0-9-]{0,80}$/;
const CODE = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const optionalString = (value: unknown): boolean => value === undefined || (typeof value === 'string' && value !== '');

export function issue(pointer: string, zh: string, en: string): ApiIssue {
  return { pointer, message: { 'zh-CN': zh, en } };
}

/** A 400 listing every problem of a studio request by JSON pointer. */
export function badStudioRequest(issues: ApiIssue[]): never {
  throw Errors.badRequest(
    'bad-studio-request',
    `请求有 ${issues.length} 处问题，请按 issues 修改后重试`,
    `The request has ${issues.length} problem(s): correct the fields listed in issues and send it again`,
    issues,
  );
}

/** `{ measure, newCases? }`: every studio route that takes an edit. */
export function readEditBody(body: unknown): EditBody {
  const issues: ApiIssue[] = [];
  if (!isObject(body)) badStudioRequest([issue('', '请求体须为 JSON 对象', 'The body must be a JSON object')]);
  if (!isObject(body.measure)) issues.push(issue('/measure', '须为措施文件的 JSON 对象', 'must be the measure file as a JSON object'));
  const newCases = body.newCases ?? [];
  if (!Array.isArray(newCases)) issues.push(issue('/newCases', '须为用例列表', 'must be a list of cases'));
  else
    newCases.forEach((entry: unknown, i) => {
      if (!isObject(entry) || typeof entry.name !== 'string' || !FILE_NAME.test(entry.name))
        issues.push(
          issue(
            `/newCases/${i}/name`,
            '用例文件名须为小写字母、数字和连字符',
            'the case file name must be lower-case letters, digits and hyphens',
          ),
        );
      if (!isObject(entry) || !isObject(entry.testCase))
        issues.push(issue(`/newCases/${i}/testCase`, '须为用例 JSON 对象', 'must be a test case object'));
    });
  const placement = body.placement;
  if (placement !== undefined) {
    if (!isObject(placement) || typeof placement.policy !== 'string' || !CODE.test(placement.policy))
      issues.push(issue('/placement/policy', '须为政策编码', 'must be a policy code'));
    for (const key of ['budget', 'exclusivityGroup'] as const)
      if (isObject(placement) && !optionalString(placement[key])) issues.push(issue(`/placement/${key}`, '须为编码', 'must be a code'));
  }
  if (issues.length) badStudioRequest(issues);
  return { measure: body.measure as Json, newCases: newCases as NewCase[], ...(placement ? { placement: placement as unknown as Placement } : {}) };
}

/** `{ code, family, section, units, budget?, exclusivityGroup? }`: the shape; the policy's own codes are checked by the service. */
export function readNewMeasureBody(body: unknown): NewMeasureBody {
  if (!isObject(body)) badStudioRequest([issue('', '请求体须为 JSON 对象', 'The body must be a JSON object')]);
  const issues: ApiIssue[] = [];
  if (typeof body.code !== 'string' || !CODE.test(body.code))
    issues.push(issue('/code', '措施编码须为小写字母、数字和连字符（如 data-labelling-voucher）', 'the measure code must be kebab-case (e.g. data-labelling-voucher)'));
  for (const key of ['family', 'section'] as const)
    if (typeof body[key] !== 'string' || body[key] === '') issues.push(issue(`/${key}`, '必须选择', 'must be chosen'));
  if (!Array.isArray(body.units) || body.units.length === 0 || !body.units.every((u) => typeof u === 'string'))
    issues.push(issue('/units', '须至少选择一个责任单位', 'choose at least one responsible unit'));
  for (const key of ['budget', 'exclusivityGroup'] as const)
    if (!optionalString(body[key])) issues.push(issue(`/${key}`, '须为编码或不填', 'must be a code, or left out'));
  if (issues.length) badStudioRequest(issues);
  return body as unknown as NewMeasureBody;
}

/** `{ measure, application, asOf, history?, scores? }`: the try-it panel. */
export function readTryBody(body: unknown): TryBody {
  const edit = readEditBody(body);
  const json = body as Json;
  const issues: ApiIssue[] = [];
  if (!isObject(json.application))
    issues.push(issue('/application', '须为申请表 JSON 对象', 'must be the application form as a JSON object'));
  if (typeof json.asOf !== 'string' || !DATE.test(json.asOf))
    issues.push(issue('/asOf', '须为 YYYY-MM-DD 格式的日期', 'must be a date written YYYY-MM-DD'));
  for (const key of ['history', 'scores'] as const)
    if (json[key] !== undefined && !Array.isArray(json[key])) issues.push(issue(`/${key}`, '须为列表', 'must be a list'));
  if (issues.length) badStudioRequest(issues);
  return {
    ...edit,
    application: json.application as Json,
    asOf: json.asOf as string,
    history: (json.history ?? []) as FundingRecord[],
    scores: (json.scores ?? []) as ReviewerScores[],
  };
}

/** `{ measure, asOf? }`: the what-if. */
export function readWhatIfBody(body: unknown): WhatIfBody {
  const edit = readEditBody(body);
  const asOf = (body as Json).asOf;
  if (asOf !== undefined && (typeof asOf !== 'string' || !DATE.test(asOf)))
    badStudioRequest([issue('/asOf', '须为 YYYY-MM-DD 格式的日期', 'must be a date written YYYY-MM-DD')]);
  return { ...edit, asOf: asOf as string | undefined };
}
