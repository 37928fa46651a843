import { ConsoleLogger, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { ApiConfig } from '@pioneer/api-core';
import { AppModule } from './app.module';
import { serveDocs } from './docs';

/** Nest's start-up chatter (one line per module and route: hundreds) is left out; the rest is logged. */
class QuietLogger extends ConsoleLogger {
  override log(message: unknown, context?: string): void {
    if (context && ['InstanceLoader', 'RoutesResolver', 'RouterExplorer'].includes(context)) return;
    super.log(message, context);
  }
}

/**
 * Clients often send `Content-Type: application/json` with no body on POSTs that take none
 * (submit); fastify would answer 400. An empty body is read as no body; anything else goes to
 * fastify's own JSON parser (with its prototype-poisoning protection). Nest's parsers are off
 * (`bodyParser: false`): the API takes JSON only.
 */
function acceptEmptyJsonBodies(app: NestFastifyApplication): void {
  const fastify = app.getHttpAdapter().getInstance();
  const parse = fastify.getDefaultJsonParser('error', 'error');
  fastify.removeContentTypeParser('application/json');
  fastify.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = body.toString();
    if (text.trim() === '') return done(null, undefined);
    return parse(request, text, done);
  });
}

/** The global route prefix: every endpoint is under /api. */
export const API_PREFIX = 'api';

/**
 * Builds the API (NestJS on fastify) for a configuration, initialised but not listening: main.ts
 * listens on a port; tests call it through `app.inject`. Bodies over the limit are refused
 * before they are read; Nest routes fastify's own errors (bad JSON, too large, wrong media type)
 * through the same global filter, so they leave in the same error body as the API's own.
 */
export async function createApi(config: ApiConfig, options: { logger?: false | LogLevel[] } = {}): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({ bodyLimit: config.bodyLimit });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), adapter, { logger: options.logger ?? new QuietLogger(), abortOnError: false, bodyParser: false });
  app.setGlobalPrefix(API_PREFIX);
  acceptEmptyJsonBodies(app);
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onSend', async (request, reply) => {
      reply.header('x-content-type-options', 'nosniff');
      // Applications are personal data: no cache keeps them (the docs may be cached).
      if (!request.url.startsWith('/api/docs')) reply.header('cache-control', 'no-store');
    });
  if (config.corsOrigins.length) app.enableCors({ origin: config.corsOrigins, allowedHeaders: ['authorization', 'content-type', 'idempotency-key'], maxAge: 600 });
  serveDocs(app);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}
