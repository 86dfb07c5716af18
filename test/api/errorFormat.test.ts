import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DatabaseUnavailableError, QueryTimeoutError } from '../../graph/errors.ts';
import { badUserInput, createErrorFormatter, notFound } from '../../server/errors.ts';

// The one place errors become what clients see (unit level: the HTTP tests cover the wiring).
function format(error: Error) {
  const logs: string[] = [];
  const wrapped = error instanceof GraphQLError ? error : new GraphQLError(error.message, { originalError: error, path: ['company'] });
  const formatted = createErrorFormatter((line) => logs.push(line))({ message: wrapped.message, path: wrapped.path, extensions: { ...wrapped.extensions } }, wrapped);
  return { formatted, logs };
}

describe('formatError', () => {
  it('maps a transaction timeout to TIMEOUT with the limit', () => {
    const { formatted } = format(new QueryTimeoutError(15_000));
    expect(formatted.extensions).toEqual({ code: 'TIMEOUT', timeoutMs: 15_000 });
    expect(formatted.message).toContain('15000 ms');
  });

  it('maps an unreachable database to DATABASE_UNAVAILABLE', () => {
    expect(format(new DatabaseUnavailableError('Neo4j is not reachable')).formatted.extensions).toEqual({ code: 'DATABASE_UNAVAILABLE' });
  });

  it('masks anything else: the client gets an id, the log gets the id and the cause', () => {
    const { formatted, logs } = format(new Error("Invalid input 'MATCH (n:Company) RETURN n' at line 1"));
    const errorId = formatted.extensions?.errorId as string;
    expect(formatted.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', errorId });
    expect(formatted.message).toBe(`internal error (id ${errorId}); the server log has the details`);
    expect(JSON.stringify(formatted)).not.toContain('MATCH');
    expect(logs).toHaveLength(1);
    expect(logs[0]).toContain(errorId);
    expect(logs[0]).toContain('MATCH (n:Company)');
  });

  it('keeps our own codes, arguments and reasons', () => {
    expect(format(badUserInput('first', 'must be between 1 and 500, got 501', { max: 500 })).formatted).toMatchObject({
      message: 'first: must be between 1 and 500, got 501',
      extensions: { code: 'BAD_USER_INPUT', argument: 'first', reason: 'must be between 1 and 500, got 501', max: 500 },
    });
    expect(format(notFound('Person', 'p-x')).formatted.extensions).toEqual({ code: 'NOT_FOUND', kind: 'Person', id: 'p-x' });
  });
});
