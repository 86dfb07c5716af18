/**
 * Every way a request can fail, as one error type the UI turns into a sentence: the server's
 * GraphQL errors (extensions.code from the API's enum), HTTP failures and an unreachable server.
 */
import { argumentName, notFoundText, t, usccProblemsText } from '../i18n.ts';
import type { Lang } from '../state/route.ts';

const numberOr = (value: unknown) => (typeof value === 'number' ? value : null);
const textOr = (value: unknown) => (typeof value === 'string' ? value : null);

export type ApiErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'QUERY_TOO_COMPLEX'
  | 'TIMEOUT'
  | 'DATABASE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR'
  | 'GRAPHQL_VALIDATION_FAILED'
  | 'GRAPHQL_PARSE_FAILED'
  | 'NETWORK'
  | 'HTTP';

export interface GraphQLErrorLike {
  message: string;
  extensions?: { code?: string; argument?: string; reason?: string; errorId?: string; [key: string]: unknown };
}

export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode | string,
    message: string,
    readonly argument: string | null = null,
    readonly errorId: string | null = null,
    /** BAD_USER_INPUT: why the argument was refused, without the argument's name. */
    readonly reason: string | null = null,
    /** The error's other extensions (a USCC problem's code, position, expected and found; NOT_FOUND's id). */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }

  static fromGraphQL(error: GraphQLErrorLike): ApiError {
    const ext = error.extensions ?? {};
    const errorId = typeof ext.errorId === 'string' ? ext.errorId : null;
    const reason = typeof ext.reason === 'string' ? ext.reason : null;
    return new ApiError(ext.code ?? 'INTERNAL_SERVER_ERROR', error.message, ext.argument ?? null, errorId, reason, ext);
  }
}

/** A sentence for the person at the screen: what happened and what to do. */
export function humanError(error: unknown, lang: Lang): string {
  const zh = lang === 'zh';
  if (!(error instanceof ApiError)) {
    const text = error instanceof Error ? error.message : String(error);
    return zh ? `出错了：${text}` : `Something went wrong: ${text}`;
  }
  switch (error.code) {
    case 'BAD_USER_INPUT': {
      const problem = typeof error.details.problem === 'string' ? error.details.problem : null;
      if (problem) return usccProblemsText(lang, [{ code: problem, position: numberOr(error.details.position), expected: textOr(error.details.expected), found: textOr(error.details.found) }]);
      const argument = error.argument ? argumentName(lang, error.argument) : null;
      return zh ? `输入有误${argument ? `（${argument}）` : ''}：${error.reason ?? error.message}` : `Please check ${argument ? `“${argument}”` : 'the input'}: ${error.reason ?? error.message}`;
    }
    case 'NOT_FOUND': {
      const id = typeof error.details.id === 'string' ? error.details.id : null;
      if (id) return notFoundText(lang, id);
      return zh ? `未找到：${error.message}` : `Not found: ${error.message}`;
    }
    case 'QUERY_TOO_COMPLEX':
      return zh ? '这个请求太大了。请减少跳数或范围后再试。' : 'That request is too large. Try fewer hops or a narrower view.';
    case 'TIMEOUT':
      return zh ? '数据库在时限内没有算完。请减少跳数或换一个日期后再试。' : 'The database did not finish in time. Try fewer hops, or try again.';
    case 'DATABASE_UNAVAILABLE':
      return zh ? '图数据库暂时不可用。请稍后再试（服务器正在启动或已断开）。' : 'The graph database is unavailable right now. Try again in a moment (it may be starting).';
    case 'GRAPHQL_VALIDATION_FAILED':
    case 'GRAPHQL_PARSE_FAILED':
      return zh ? `界面与服务器的接口版本不一致：${error.message}` : `The explorer and the server disagree about the API: ${error.message}`;
    case 'UNAUTHENTICATED':
      return t(lang, 'needKey');
    case 'FORBIDDEN':
      return t(lang, 'keyRefused');
    case 'NETWORK':
      return zh ? '无法连接服务器。请检查服务器是否在运行。' : 'Cannot reach the server. Is it running?';
    case 'HTTP':
      return zh ? `服务器返回错误：${error.message}` : `The server answered with an error: ${error.message}`;
    default:
      return zh
        ? `服务器内部错误${error.errorId ? `（编号 ${error.errorId}，请报告）` : ''}。`
        : `The server hit an internal error${error.errorId ? ` (reference ${error.errorId}; please report it)` : ''}.`;
  }
}
