import express, { type RequestHandler } from 'express';
import { requireApiKey } from './accessControl.ts';
import { AuthFailureThrottle } from './authThrottle.ts';
import { defaultAuthFailuresPerMinute, type SecurityConfig } from './config.ts';
import { apiCors, securityHeaders } from './headers.ts';
import { rateLimitPerKey } from './rateLimit.ts';

/**
 * The middleware `npm start` puts before every route (ServerOptions.before): security headers on
 * everything; on /graphql, the monitoring feeds and the reports, CORS, then the key check, then the
 * rate limit (keyed by that key). The
 * probes, the UI's static files and the GraphiQL page carry no data and stay open.
 */
export function securityMiddleware(config: SecurityConfig): RequestHandler[] {
  const api = express.Router();
  const failures = config.authFailuresPerMinute ?? defaultAuthFailuresPerMinute;
  api.use(apiCors(config.corsOrigins), requireApiKey(config.keys, failures > 0 ? new AuthFailureThrottle(failures) : undefined));
  if (config.ratePerMinute > 0) api.use(rateLimitPerKey(config.ratePerMinute));
  const guarded = express.Router();
  guarded.use(['/graphql', '/feeds', '/reports'], api);
  return [securityHeaders(), guarded];
}
