import { ref } from './common-schemas';

type Json = Record<string, unknown>;

const error = (name: string) => ({ $ref: `#/components/responses/${name}` });
const errorBody = (description: string) => ({ description, content: { 'application/json': { schema: ref('Error') } } });

/** What an upload answers and a form stores (schemas/common/attachment.json). */
const ATTACHMENT_REF: Json = {
  type: 'object',
  title: 'AttachmentRef',
  required: ['id', 'name', 'sha256', 'mediaType', 'size'],
  additionalProperties: false,
  properties: {
    id: { type: 'string', format: 'uuid' },
    name: { type: 'string', minLength: 1, maxLength: 255 },
    sha256: { type: 'string', pattern: '^[0-9a-f]{64}$' },
    mediaType: { type: 'string' },
    size: { type: 'integer', minimum: 1 },
  },
};

/**
 * The attachment routes (libs/api-attachments), written by hand in the API, described here
 * once. The upload route takes any measure code: the API answers 404 for a measure without a
 * form and 400 for a field that is not one of its attachment fields.
 */
export function attachmentPaths(): Record<string, Json> {
  return {
    '/api/measures/{measure}/attachments': {
      post: {
        operationId: 'uploadAttachment',
        tags: ['attachments'],
        summary: "Upload one evidence file for a measure's attachment field",
        description:
          "Multipart with one file part named `file`. Size and media types come from the field's schema; the content must be of the declared type (PDF, PNG, JPEG, ZIP/XLSX are recognised). Answers the reference to put in the form. Applicants upload for their own organisation; an admin names the organisation in `applicant`.",
        parameters: [
          { name: 'measure', in: 'path', required: true, schema: { type: 'string' } },
          { name: 'field', in: 'query', required: true, description: 'JSON pointer of the attachment field, e.g. /attachments/contract.', schema: { type: 'string' } },
          { name: 'applicant', in: 'query', description: "Admins only: the owning organisation's credit code.", schema: { type: 'string' } },
        ],
        requestBody: {
          required: true,
          content: { 'multipart/form-data': { schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } } } },
        },
        responses: {
          '201': { description: 'Stored; the reference for the form.', content: { 'application/json': { schema: ATTACHMENT_REF } } },
          '400': error('BadRequest'),
          '401': error('Unauthorized'),
          '403': error('Forbidden'),
          '404': error('NotFound'),
          '409': errorBody("The organisation holds its quota of attachment bytes (PIONEER_ATTACHMENT_QUOTA_BYTES). Nothing was stored."),
          '413': errorBody("The file is larger than the field allows. Nothing was stored."),
          '415': errorBody('Not multipart, or a media type the field does not accept, or content that is not of the declared type. Nothing was stored.'),
          '500': error('InternalError'),
        },
      },
    },
    '/api/attachments/{id}': {
      get: {
        operationId: 'downloadAttachment',
        tags: ['attachments'],
        summary: 'Download an attachment',
        description: 'For the owning organisation, admins, and whoever may see a submitted application citing the file; 404 for everyone else.',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }],
        responses: {
          '200': { description: 'The file, with its stored media type, as a download.', content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } },
          '401': error('Unauthorized'),
          '403': error('Forbidden'),
          '404': error('NotFound'),
          '500': error('InternalError'),
        },
      },
    },
  };
}
