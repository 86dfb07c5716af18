import type { RequestHandler } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import { ErrorCode } from '../errors.ts';
import { principalOf } from './accessControl.ts';
import { refuse } from './respond.ts';

/**
 * At most `perMinute` requests per minute per API key, or per client address when keys are off
 * (express-rate-limit, fixed one-minute window, in memory: one server process). Sends the
 * RateLimit-* headers of the IETF draft so well-behaved clients can pace themselves.
 */
export function rateLimitPerKey(perMinute: number): RequestHandler {
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    keyGenerator: (req, res) => {
      const principal = principalOf(res);
      return principal ? `key:${principal.name}` : `ip:${ipKeyGenerator(req.ip ?? 'unknown')}`;
    },
    handler: (req, res) => {
      const per = principalOf(res) ? 'API key' : 'client address';
      const resetTime = (req as { rateLimit?: { resetTime?: Date } }).rateLimit?.resetTime;
      const retryAfter = Math.max(1, Math.ceil(((resetTime?.getTime() ?? Date.now() + 60_000) - Date.now()) / 1000));
      res.set('Retry-After', String(retryAfter));
      refuse(res, 429, ErrorCode.RATE_LIMITED, `rate limit exceeded: at most ${perMinute} requests per minute per ${per}; retry in ${retryAfter} s`, {
        limit: perMinute,
        windowSeconds: 60,
        retryAfterSeconds: retryAfter,
      });
    },
  });
}
