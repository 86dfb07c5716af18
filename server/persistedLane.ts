import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ErrorRequestHandler, Express, Request, RequestHandler, Response } from 'express';
import type { Admission } from './admission.ts';
import type { Context } from './context.ts';
import { contentTypeFor, type LeanPath } from './leanPath.ts';

/**
 * The explorer's persisted operations on `node:http`, in front of Express (issue 15 item 5): a POST
 * to /graphql goes through the same steps as on Express — the middleware in front of every route
 * (access control, rate limit, security headers: `ServerOptions.before`), the line in front of
 * GraphQL, `cache-control: no-store`, the body within its limit as JSON — without Express's routing
 * and body parsing around them, then the lean path answers it with one `res.end`. A body that is not
 * one of the registered operations by hash goes on to Express with the steps done (marked, so they
 * are not done twice) and its parsed body, and Apollo answers it with every check. A request this
 * lane does not expect at all (another method or path, another media type or charset, a compressed
 * or chunked or oversized body) goes to Express untouched before anything is read.
 */
export interface PersistedLaneOptions {
  app: Express;
  before: readonly RequestHandler[];
  admission: Admission;
  lean: LeanPath;
  contextOf: (res: Response) => Context;
  bodyLimitBytes: number;
  /** What Express does with an error (a body that is not JSON, a middleware's failure). */
  failed: ErrorRequestHandler;
}

/** `application/json` as the explorer and GraphQL clients send it; other charsets are Express's (415). */
const jsonMediaType = /^application\/json\s*(?:;\s*charset\s*=\s*"?utf-8"?\s*)?$/i;

export class PersistedLane {
  constructor(private readonly options: PersistedLaneOptions) {}

  /** The HTTP server's request listener. */
  readonly serve = (req: IncomingMessage, res: ServerResponse): void => {
    if (!this.expects(req)) {
      this.options.app(req, res);
      return;
    }
    const request = req as Request;
    const response = res as Response;
    this.dress(request, response);
    this.before(0, request, response, () =>
      this.options.admission.enter(response, () => {
        response.setHeader('cache-control', 'no-store');
        this.readBody(request, response);
      }),
    );
  };

  /** Express middleware that the lane already ran for this request is skipped when the request goes on to Express. */
  static unlessRan(handler: RequestHandler): RequestHandler {
    return (req, res, next) => (res.locals[ran] ? next() : handler(req, res, next));
  }

  private expects(req: IncomingMessage): boolean {
    const { headers } = req;
    const length = Number(headers['content-length']);
    return (
      req.method === 'POST' &&
      req.url === '/graphql' &&
      jsonMediaType.test(headers['content-type'] ?? '') &&
      (headers['content-encoding'] === undefined || headers['content-encoding'] === 'identity') &&
      headers['transfer-encoding'] === undefined &&
      Number.isInteger(length) &&
      length <= this.options.bodyLimitBytes
    );
  }

  /** What Express's `app.handle` does first: its request and response methods, `res.locals`. */
  private dress(req: Request, res: Response): void {
    const { app } = this.options;
    req.res = res;
    res.req = req;
    Object.setPrototypeOf(req, app.request);
    Object.setPrototypeOf(res, app.response);
    res.locals = Object.create(null) as Record<string, unknown>;
    res.locals[ran] = true;
  }

  /** Runs `before[index…]` as Express would, then `done`; an error goes where Express sends it. */
  private before(index: number, req: Request, res: Response, done: () => void): void {
    const handler = this.options.before[index];
    if (!handler) {
      done();
      return;
    }
    const next = (error?: unknown) => {
      if (error) this.fail(error, req, res);
      else this.before(index + 1, req, res, done);
    };
    try {
      const result: unknown = handler(req, res, next);
      if (result instanceof Promise) result.catch((error: unknown) => this.fail(error, req, res));
    } catch (error) {
      this.fail(error, req, res);
    }
  }

  private readBody(req: Request, res: Response): void {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    // A client that goes away mid-body closes the response too (its ticket leaves); nothing to answer.
    req.on('error', () => {});
    req.once('end', () => {
      let body: unknown;
      try {
        body = parseJsonBody(Buffer.concat(chunks).toString('utf8'));
      } catch (error) {
        this.fail({ type: 'entity.parse.failed', status: 400, message: (error as Error).message }, req, res);
        return;
      }
      this.answer(body, req, res);
    });
  }

  private answer(body: unknown, req: Request, res: Response): void {
    const known = this.options.lean.known(body);
    const contentType = known && contentTypeFor(req);
    if (!known || !contentType) {
      this.onToExpress(body, req, res);
      return;
    }
    this.options.lean.run(known, contentType, this.options.contextOf(res), res).then(
      (answered) => {
        if (!answered) this.onToExpress(body, req, res);
      },
      (error: unknown) => this.fail(error, req, res),
    );
  }

  /** Express answers the rest, its body already parsed (body-parser skips a finished request). */
  private onToExpress(body: unknown, req: Request, res: Response): void {
    req.body = body;
    this.options.app(req, res);
  }

  private fail(error: unknown, req: Request, res: Response): void {
    this.options.failed(error, req, res, () => {});
  }
}

/** Marks, on `res.locals`, a request whose steps in front of GraphQL the lane has run. */
const ran = 'persistedLaneRan';

/** As express.json parses (strict): an empty body is `{}`, anything but an object or array is refused; a BOM is dropped. */
function parseJsonBody(text: string): unknown {
  const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (json.length === 0) return {};
  const first = /\S/.exec(json)?.[0];
  if (first !== '{' && first !== '[') throw new SyntaxError(`Unexpected token ${first ?? 'end'} in JSON at position 0`);
  return JSON.parse(json);
}
