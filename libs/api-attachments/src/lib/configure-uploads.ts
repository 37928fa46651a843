import multipart from '@fastify/multipart';
import type { PolicyRegistry } from '@pioneer/api-applications';
import { ApiError, type ApiConfig } from '@pioneer/api-core';
import type { FastifyInstance } from 'fastify';
import { attachmentFields, DEFAULT_MAX_BYTES } from './attachment-fields.util';
import { PART_LIMITS } from './receive-upload.util';

/**
 * The largest file any attachment field of any measure allows (its schema's `size.maximum`),
 * under the operator's cap PIONEER_ATTACHMENT_MAX_BYTES when set.
 */
export function largestUpload(policies: PolicyRegistry, config: Pick<ApiConfig, 'attachmentMaxBytes'>): number {
  const sizes = policies.measuresWithForm().flatMap((code) => attachmentFields(policies.measure(code)).map((f) => f.maxBytes));
  const largest = sizes.length ? Math.max(...sizes) : DEFAULT_MAX_BYTES;
  return Math.min(largest, config.attachmentMaxBytes ?? Infinity);
}

/**
 * Multipart uploads (@fastify/multipart): parsed only where a route asks (the attachment upload;
 * every other route keeps refusing anything but JSON, 415), streamed, one file of at most
 * `largestUpload` bytes (each field narrows it per request), a few small fields, small part
 * headers. File names are kept whole (`preservePath`) so a name with folders is refused, not
 * silently shortened. Call before the routes are registered, like configureHttpEdge.
 */
export async function configureUploads(fastify: FastifyInstance, policies: PolicyRegistry, config: ApiConfig): Promise<void> {
  await fastify.register(multipart, { limits: { ...PART_LIMITS, fileSize: largestUpload(policies, config) }, preservePath: true, throwFileSizeLimit: true });
  // The plugin accepts multipart on every route (leaving the body unread); only the upload takes it.
  fastify.addHook('preValidation', async (request) => {
    if (request.isMultipart() && !UPLOAD_ROUTE.test(request.routeOptions.url ?? '')) throw notJson();
  });
}

/** The upload route, whatever the global prefix. */
const UPLOAD_ROUTE = /\/measures\/:measure\/attachments$/;

const notJson = () =>
  new ApiError(415, 'unsupported-media-type', { 'zh-CN': '请以 JSON 发送请求体，并设置 Content-Type: application/json；文件请用附件上传接口', en: 'Send the body as JSON with Content-Type: application/json; upload files through the attachments endpoint' });
