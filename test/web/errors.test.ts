import { describe, expect, it } from 'vitest';
import { request } from '../../web/src/api/client.ts';
import { ApiError, humanError } from '../../web/src/api/errors.ts';
import { toCsv } from '../../web/src/export/csv.ts';

const document = { toString: () => 'query Q { x }' };

function answering(status: number, body: unknown): typeof fetch {
  return (async () => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })) as typeof fetch;
}

describe('API errors as sentences', () => {
  it('names the argument and gives the reason of a BAD_USER_INPUT', async () => {
    const error = await request(document, {}, {
      fetch: answering(200, {
        errors: [{ message: 'uscc: check character: expected 5, found 7', extensions: { code: 'BAD_USER_INPUT', argument: 'uscc', reason: 'check character: expected 5, found 7' } }],
      }),
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(humanError(error, 'en')).toBe('Please check “USCC”: check character: expected 5, found 7');
    expect(humanError(error, 'zh')).toBe('输入有误（统一社会信用代码）：check character: expected 5, found 7');
  });

  it('words a USCC problem from its code in the interface language, never the server’s English', () => {
    const error = new ApiError('BAD_USER_INPUT', 'uscc: …', 'uscc', null, "check character (position 18) is '7', expected '5'", { problem: 'CHECK_CHARACTER', position: 18, expected: '5', found: '7' });
    expect(humanError(error, 'zh')).toBe('统一社会信用代码无效：第 18 位校验码为“7”，应为“5”');
    expect(humanError(error, 'en')).toBe("invalid USCC: check character 18 is '7', expected '5'");
    const missing = new ApiError('NOT_FOUND', "no company or person with id 'x1'", null, null, null, { id: 'x1' });
    expect(humanError(missing, 'zh')).toContain('“x1”');
    expect(humanError(missing, 'en')).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('turns each server code into its own sentence, never a raw code', () => {
    const sentences = ['NOT_FOUND', 'QUERY_TOO_COMPLEX', 'TIMEOUT', 'DATABASE_UNAVAILABLE', 'NETWORK', 'INTERNAL_SERVER_ERROR'].map((code) =>
      humanError(new ApiError(code, 'm', null, 'id-1'), 'en'),
    );
    expect(new Set(sentences).size).toBe(sentences.length);
    for (const sentence of sentences) expect(sentence).not.toMatch(/[A-Z]{3,}_[A-Z]+/);
    expect(sentences[5]).toContain('id-1');
  });

  it('reports an unreachable server and a non-JSON answer', async () => {
    const refused = (async () => {
      throw new TypeError('fetch failed');
    }) as typeof fetch;
    const network = await request(document, {}, { fetch: refused }).catch((caught: unknown) => caught);
    expect((network as ApiError).code).toBe('NETWORK');
    const html = (async () => new Response('<html>', { status: 502, statusText: 'Bad Gateway' })) as typeof fetch;
    const http = await request(document, {}, { fetch: html }).catch((caught: unknown) => caught);
    expect(humanError(http, 'en')).toBe('The server answered with an error: 502 Bad Gateway');
  });

  it('returns data when there is no error', async () => {
    expect(await request(document, {}, { fetch: answering(200, { data: { x: 1 } }) })).toEqual({ x: 1 });
  });
});

describe('CSV export', () => {
  it('quotes commas, quotes and newlines and keeps Chinese text', () => {
    const csv = toCsv([{ name: '甲公司, "总部"', hits: 2 }, { name: 'line\nbreak', hits: null }], [
      { header: 'name', value: (row) => row.name },
      { header: 'hits', value: (row) => row.hits },
    ]);
    expect(csv).toBe('name,hits\n"甲公司, ""总部""",2\n"line\nbreak",\n');
  });
});
