import cors from 'cors';
import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * The content security policy of the web UI and GraphiQL: scripts only from this server (the built
 * pages have no inline script); styles also inline, because Cytoscape.js, GraphiQL and its Monaco
 * editor set style attributes and inject <style> elements at run time (test/security/privacy.test.ts
 * shows the pages failing without it); images also from data:/blob: URLs (canvas snapshots). Nothing
 * is loaded from other hosts.
 */
export const contentSecurityPolicy = {
  useDefaults: false,
  directives: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:', 'blob:'],
    fontSrc: ["'self'", 'data:'],
    workerSrc: ["'self'"],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
};

/** Security headers on every response (helmet): CSP, nosniff, no framing, no referrer, HSTS behind TLS. */
export function securityHeaders(): RequestHandler {
  return helmet({ contentSecurityPolicy, referrerPolicy: { policy: 'no-referrer' } });
}

/**
 * CORS for the API: closed unless origins are listed (a browser page from another site gets no
 * Access-Control-Allow-Origin, so it cannot read answers). Keys travel in headers, never cookies.
 */
export function apiCors(origins: readonly string[]): RequestHandler {
  return cors({
    origin: origins.length > 0 ? [...origins] : false,
    methods: ['GET', 'POST'],
    allowedHeaders: ['content-type', 'accept', 'authorization', 'x-api-key', 'apollo-require-preflight'],
    maxAge: 600,
  });
}
