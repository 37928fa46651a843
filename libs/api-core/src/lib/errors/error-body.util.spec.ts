import { NotFoundException, PayloadTooLargeException } from '@nestjs/common';
import { Errors } from './api-error';
import { toErrorResponse } from './error-body.util';

describe('toErrorResponse', () => {
  it("keeps an ApiError's code, message and issues", () => {
    const issues = [{ pointer: '/a', message: { 'zh-CN': '为必填项', en: 'is required' } }];
    expect(toErrorResponse(Errors.validation(issues))).toEqual({ status: 400, body: { statusCode: 400, error: 'validation-failed', message: expect.any(Object), issues }, headers: undefined });
  });

  it('words client errors raised outside our code by their status', () => {
    expect(toErrorResponse(new NotFoundException()).body.error).toBe('not-found');
    expect(toErrorResponse(new PayloadTooLargeException()).body.error).toBe('payload-too-large');
    expect(toErrorResponse(Object.assign(new Error('Unsupported Media Type'), { statusCode: 415 })).body.error).toBe('unsupported-media-type');
  });

  it('turns anything else into a 500 with a reference and nothing of the error itself', () => {
    const response = toErrorResponse(new Error('SQLITE_ERROR: no such table: secrets at /srv/app.ts:12'));
    expect(response.status).toBe(500);
    expect(response.reference).toMatch(/^[0-9a-f-]{36}$/);
    expect(JSON.stringify(response.body)).not.toMatch(/SQLITE|secrets|app\.ts/);
    expect(response.body.message.en).toContain(response.reference);
  });
});
