import type { RequestHandler, Response } from 'express';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '../errors.ts';
import { allows, presentedKey, type KeyRing, type Principal, type Role } from './apiKeys.ts';
import type { AuthFailureThrottle } from './authThrottle.ts';
import { refuse } from './respond.ts';

/**
 * Every request it guards needs a valid key when keys are configured; it attaches the key's
 * principal to the response (`principalOf`). With no keys configured it lets everything through.
 * A client address that sent too many wrong keys is refused (429) until its window ends, whatever
 * it sends meanwhile: guessing gets a few tries a minute.
 */
export function requireApiKey(keys: KeyRing, throttle?: AuthFailureThrottle): RequestHandler {
  return (req, res, next) => {
    if (!keys.enabled) return next();
    const address = req.ip ?? req.socket.remoteAddress ?? 'unknown';
    const waitSeconds = throttle?.blockedFor(address) ?? 0;
    if (waitSeconds > 0) {
      res.set('Retry-After', String(waitSeconds));
      refuse(res, 429, ErrorCode.RATE_LIMITED, `too many requests with a wrong API key from this address; retry in ${waitSeconds} s`, {
        limit: throttle!.maxFailures,
        windowSeconds: throttle!.windowSeconds,
        retryAfterSeconds: waitSeconds,
      });
      return;
    }
    const presented = presentedKey(req.headers);
    const principal = keys.authenticate(presented);
    if (!principal) {
      if (presented) throttle?.recordFailure(address);
      res.set('WWW-Authenticate', 'Bearer realm="scs-graph"');
      refuse(
        res,
        401,
        ErrorCode.UNAUTHENTICATED,
        presented
          ? 'the API key is not valid: send a key issued for this server'
          : 'this server requires an API key: send it as Authorization: Bearer <key> or X-API-Key: <key>',
      );
      return;
    }
    res.locals.principal = principal;
    next();
  };
}

/** Who sent the request: the key's principal, or null when access control is off. */
export function principalOf(res: Response): Principal | null {
  return (res.locals.principal as Principal | undefined) ?? null;
}

/** Throws FORBIDDEN unless the principal's role covers `needed` (always allowed when keys are off). */
export function requireRole(principal: Principal | null, needed: Role, action: string): void {
  if (allows(principal, needed)) return;
  throw new GraphQLError(`${action} needs the ${needed} role; the key '${principal!.name}' has the ${principal!.role} role`, {
    extensions: { code: ErrorCode.FORBIDDEN, needed, role: principal!.role },
  });
}
