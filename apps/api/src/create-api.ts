import { ConsoleLogger, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { PolicyRegistry } from '@pioneer/api-applications';
import { type ApiConfig, configureHttpEdge, DatabaseService, fastifyOptions } from '@pioneer/api-core';
import { configureUploads } from '@pioneer/api-attachments';
import { AppModule } from './app.module';
import { serveDocs } from './docs';

/** Nest's start-up chatter (one line per module and route: hundreds) is left out; the rest is logged. */
class QuietLogger extends ConsoleLogger {
  override log(message: unknown, context?: string): void {
    if (context && ['InstanceLoader', 'RoutesResolver', 'RouterExplorer'].includes(context)) return;
    super.log(message, context);
  }
}

/** The global route prefix: every endpoint is under /api. */
export const API_PREFIX = 'api';

/**
 * Builds the API (NestJS on fastify) for a configuration, initialised but not listening: main.ts
 * listens on a port; tests call it through `app.inject`. Bodies over the limit are refused
 * before they are read, and every body and query is bounded before a route sees it
 * (configureHttpEdge); Nest routes fastify's own errors (bad JSON, too large, wrong media type)
 * through the same global filter, so they leave in the same error body as the API's own.
 */
export async function createApi(config: ApiConfig, options: { logger?: false | LogLevel[] } = {}): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter(fastifyOptions(config));
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), adapter, { logger: options.logger ?? new QuietLogger(), abortOnError: false, bodyParser: false });
  app.setGlobalPrefix(API_PREFIX);
  await configureHttpEdge(app.getHttpAdapter().getInstance(), config, () => app.get(DatabaseService));
  await configureUploads(app.getHttpAdapter().getInstance(), PolicyRegistry.shared(), config);
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onSend', async (request, reply) => {
      reply.header('x-content-type-options', 'nosniff');
      // Applications are personal data: no cache keeps them (the docs may be cached).
      if (!request.url.startsWith('/api/docs')) reply.header('cache-control', 'no-store');
    });
  if (config.corsOrigins.length) {
    // A district portal creates, edits (PATCH) and submits drafts from the browser.
    app.enableCors({ origin: config.corsOrigins, methods: ['GET', 'HEAD', 'POST', 'PATCH', 'DELETE'], allowedHeaders: ['authorization', 'content-type', 'idempotency-key'], maxAge: 600 });
  }
  serveDocs(app);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}
