import type { Response } from 'express';

/**
 * Refusals made before GraphQL runs (no key, too many requests) answer in the GraphQL error shape,
 * so every client reads one format: `{errors: [{message, extensions: {code, …}}]}`.
 */
export function refuse(res: Response, status: number, code: string, message: string, extensions: Record<string, unknown> = {}): void {
  res
    .status(status)
    .type('application/json')
    .send(JSON.stringify({ errors: [{ message, extensions: { code, ...extensions } }] }));
}
