/** The API's two emitters: NestJS modules per measure (./api.emitter) and the OpenAPI document (../openapi). */
export { apiEmitter } from './api.emitter';
export { openApiEmitter } from '../openapi/openapi.emitter';
