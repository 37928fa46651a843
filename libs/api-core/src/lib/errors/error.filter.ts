import { type ArgumentsHost, Catch, type ExceptionFilter, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { toErrorResponse } from './error-body.util';

const logger = new Logger('Errors');

/** Sends an error response, logging unexpected errors (with their stack) under their reference. */
export function sendError(error: unknown, request: Pick<FastifyRequest, 'method' | 'url'>, reply: FastifyReply): void {
  const response = toErrorResponse(error);
  if (response.reference) {
    logger.error(`${request.method} ${request.url} failed (reference ${response.reference})`, (error as Error)?.stack ?? String(error));
  }
  if (response.headers) reply.headers(response.headers);
  void reply.status(response.status).type('application/json; charset=utf-8').send(response.body);
}

/** The one exception filter: every error leaves the API in the same shape (see ErrorBody). */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    sendError(exception, http.getRequest<FastifyRequest>(), http.getResponse<FastifyReply>());
  }
}
