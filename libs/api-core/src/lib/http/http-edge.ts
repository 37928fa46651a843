import { createHash } from 'node:crypto';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest, FastifyServerOptions } from 'fastify';
import type { ApiConfig } from '../config/api-config';
import { ApiError, Errors } from '../errors/api-error';
import { sendError } from '../errors/error.filter';
import { assertJsonTextWithinLimits, assertJsonWithinLimits } from '../input/json-limits.util';
import type { DatabaseService } from '../database/database.service';
import { rateLimitStores } from './rate-limit-stores';
import { SIGN_IN_RATE_LIMIT } from './sign-in-rate-limit.decorator';

/**
 * The fastify server options: body size, timeouts, and long path segments let through to the
 * routes (which answer 404 in the API's own error body) instead of fastify's own 414 page.
 * `connectionTimeout` closes a connection idle that long (a client announcing a body and
 * stalling); `requestTimeout` bounds the whole request, however slowly it trickles in.
 */
export function fastifyOptions(config: ApiConfig): FastifyServerOptions {
  return {
    bodyLimit: config.bodyLimit,
    routerOptions: { maxParamLength: 4096 },
    connectionTimeout: config.idleTimeoutMs,
    requestTimeout: config.requestTimeoutMs,
    keepAliveTimeout: Math.min(5_000, config.idleTimeoutMs),
    // A path that is not valid percent-encoded UTF-8 never reaches a route: answer it in the
    // API's own error body, without echoing the path.
    frameworkErrors: (error, request, reply) => {
      const bad = error.code === 'FST_ERR_BAD_URL';
      sendError(
        bad
          ? Errors.badRequest(
              'bad-url',
              '请求地址中含有无效的编码字符：请检查地址后重试',
              'The address contains characters that are not valid percent-encoded UTF-8: check the address and try again',
            )
          : error,
        request,
        reply,
      );
    },
  };
}

/**
 * The JSON body parser: fastify's own (with its prototype-poisoning protection), then the
 * bounds every body must keep (depth, sizes, storable text, exact numbers). An empty body on a
 * POST that takes none (submit) is read as no body. Nest's parsers are off: the API takes JSON only.
 */
function boundedJsonBodies(fastify: FastifyInstance): void {
  const parse = fastify.getDefaultJsonParser('error', 'error');
  fastify.removeContentTypeParser('application/json');
  fastify.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = body.toString();
    if (text.trim() === '') return done(null, undefined);
    try {
      assertJsonTextWithinLimits(text);
    } catch (problem) {
      return done(problem as ApiError);
    }
    return parse(request, text, (error, value) => {
      if (error) return done(error);
      try {
        assertJsonWithinLimits(value, 'body');
      } catch (problem) {
        return done(problem as ApiError);
      }
      return done(null, value);
    });
  });
  // Query strings reach SQL as bound parameters; NUL and broken Unicode are refused before that.
  fastify.addHook('preValidation', async (request) => assertJsonWithinLimits(request.query ?? {}, 'query'));
}

/** The rate-limit key: the caller's token (hashed; never kept in clear), else its address. */
function principalKey(request: { headers: Record<string, unknown>; ip: string }): string {
  const authorization = request.headers.authorization;
  if (typeof authorization === 'string' && authorization) return `t:${createHash('sha256').update(authorization).digest('hex')}`;
  return `ip:${request.ip}`;
}

/**
 * Security headers (helmet): a strict Content-Security-Policy that still lets the API docs page
 * (Swagger UI: its own scripts, inline styles) render, and forbids framing everywhere.
 */
async function securityHeaders(fastify: FastifyInstance): Promise<void> {
  await fastify.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
      },
    },
    crossOriginResourcePolicy: { policy: 'same-site' },
  });
}

/**
 * Per-principal rate limits, counted per process (each replica guards its own capacity), and the
 * strict sign-in limit per client address, counted in the database so replicas share it
 * (`rate-limit-stores.ts`). The 429 leaves in the API's error body and says when to retry.
 */
async function rateLimits(fastify: FastifyInstance, config: ApiConfig, database: () => DatabaseService): Promise<void> {
  // Routes marked @SignInRateLimit() get their own, stricter limit per client address. This hook
  // runs before the plugin's own onRoute hook (registered next), which reads `config.rateLimit`.
  fastify.addHook('onRoute', (route) => {
    const routeConfig = route.config as Record<string, unknown> | undefined;
    if (routeConfig?.[SIGN_IN_RATE_LIMIT]) {
      routeConfig.rateLimit = {
        max: config.auth.signInPerMinute,
        timeWindow: 60_000,
        keyGenerator: (request: { ip: string }) => `ip:${request.ip}`,
      };
    }
  });
  await fastify.register(rateLimit, {
    store: rateLimitStores(database),
    max: config.rateLimitPerMinute,
    timeWindow: 60_000,
    keyGenerator: principalKey,
    errorResponseBuilder: (_request, context) =>
      new ApiError(
        429,
        'too-many-requests',
        {
          'zh-CN': `请求过于频繁（每分钟最多 ${context.max} 次）：请 ${Math.ceil(context.ttl / 1000)} 秒后重试`,
          en: `Too many requests (at most ${context.max} a minute): try again in ${Math.ceil(context.ttl / 1000)} s`,
        },
        undefined,
        { 'retry-after': String(Math.ceil(context.ttl / 1000)) },
      ),
  });
}

/**
 * The idle timeout is for clients that stall, not for a server that is working: once a JSON body
 * is in, the connection may stay quiet while the answer is made (an approval waiting its turn on a
 * busy budget), and the timeout comes back for the next request. Uploads stream their body inside
 * the route, so they keep it throughout.
 */
function idleTimeoutForClientsOnly(fastify: FastifyInstance, config: ApiConfig): void {
  const setIdleTimeout = (request: FastifyRequest, ms: number) => {
    // Injected requests (tests, health probes) have no real socket.
    if (typeof request.raw.socket?.setTimeout === 'function') request.raw.socket.setTimeout(ms);
  };
  fastify.addHook('preHandler', async (request) => {
    if (!request.headers['content-type']?.startsWith('multipart/')) setIdleTimeout(request, 0);
  });
  fastify.addHook('onResponse', async (request) => setIdleTimeout(request, config.idleTimeoutMs));
}

/**
 * Everything the API does to a request before a route sees it. Call before the routes are
 * registered; `database` is asked for only once requests come (the sign-in limit counts there).
 */
export async function configureHttpEdge(fastify: FastifyInstance, config: ApiConfig, database: () => DatabaseService): Promise<void> {
  boundedJsonBodies(fastify);
  idleTimeoutForClientsOnly(fastify, config);
  await securityHeaders(fastify);
  await rateLimits(fastify, config, database);
}
