// The bodies of the studio's routes, read field by field so bad input is a 400 naming the field
// by JSON pointer, before anything is compiled or written.
import { Errors, type ApiIssue } from '@pioneer/api-core';
import type { FundingRecord, MeasureTestCase, ReviewerScores } from '@pioneer/engine';

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

function issue(pointer: string, zh: string, en: string): ApiIssue {
  return { pointer, message: { 'zh-CN': zh, en } };
}

function fail(issues: ApiIssue[]): never {
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
  if (!isObject(body)) fail([issue('', '请求体须为 JSON 对象', 'The body must be a JSON object')]);
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
  if (issues.length) fail(issues);
  return { measure: body.measure as Json, newCases: newCases as NewCase[] };
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
  if (issues.length) fail(issues);
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
    fail([issue('/asOf', '须为 YYYY-MM-DD 格式的日期', 'must be a date written YYYY-MM-DD')]);
  return { ...edit, asOf: asOf as string | undefined };
}
