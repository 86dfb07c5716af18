import fs from 'node:fs';
import { Transform, type TransformCallback } from 'node:stream';
import { parse } from 'csv-parse';
import iconv from 'iconv-lite';
import { EncodingError, type Encoding } from '../decode.ts';
import { error, type Problem } from '../problems.ts';
import type { ColumnSet } from './columns.ts';
import { checkHeader, csvParseOptions, csvRow, startLine, type CsvRow, type ParsedRecord } from './read.ts';

/**
 * The CSV reader over a file stream: the same rows, lines and problems as `readCsv`, in memory that
 * does not grow with the file (one chunk and one record at a time). UTF-8, or GB18030 once
 * decode.ts `fileEncoding` has recognised the file as such.
 */

export type CsvStreamItem = { header: string[]; problems: Problem[] } | { row: CsvRow } | { problem: Problem };

/** UTF-8 bytes → text, failing on the first invalid sequence as the whole-file decoder does. */
class Utf8Decode extends Transform {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  private line = 1;

  constructor(private readonly label: string) {
    super({ readableObjectMode: false, decodeStrings: true });
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    try {
      const text = this.decoder.decode(chunk, { stream: true });
      this.line += text.split('\n').length - 1;
      done(null, text);
    } catch {
      done(new EncodingError(`${this.label} is not valid UTF-8 (near line ${this.line}); save it as UTF-8, e.g. iconv -f <its encoding> -t UTF-8 ${this.label} > utf8.csv`));
    }
  }

  override _flush(done: TransformCallback): void {
    try {
      done(null, this.decoder.decode());
    } catch {
      done(new EncodingError(`${this.label} ends inside a UTF-8 character; the file is truncated or not UTF-8`));
    }
  }
}

/** CRLF → LF across chunk boundaries (a chunk may end between the CR and the LF). */
class UniformLineEndings extends Transform {
  private pendingCr = false;

  override _transform(chunk: Buffer | string, _encoding: BufferEncoding, done: TransformCallback): void {
    let text = (this.pendingCr ? '\r' : '') + chunk.toString();
    this.pendingCr = text.endsWith('\r');
    if (this.pendingCr) text = text.slice(0, -1);
    done(null, text.replace(/\r\n/g, '\n'));
  }

  override _flush(done: TransformCallback): void {
    done(null, this.pendingCr ? '\r' : '');
  }
}

/** Header first (with its problems), then each row; a syntax error ends the stream as one problem. */
export async function* readCsvStream(file: string, label: string, set: ColumnSet, encoding: Encoding = 'utf8'): AsyncGenerator<CsvStreamItem> {
  const text = fs.createReadStream(file).pipe(encoding === 'gb18030' ? iconv.decodeStream('gb18030') : new Utf8Decode(label));
  const parser = text.pipe(new UniformLineEndings()).pipe(parse(csvParseOptions));
  let columns: string[] | undefined;
  let lastLine = 0;
  try {
    for await (const parsed of parser as AsyncIterable<ParsedRecord>) {
      lastLine = parsed.info.lines;
      if (!columns) {
        const header = checkHeader(parsed.record, set, startLine(parsed));
        columns = header.columns;
        yield { header: columns, problems: header.problems };
        if (header.problems.length > 0) return;
        continue;
      }
      yield { row: csvRow(parsed, columns) };
    }
  } catch (cause) {
    if (cause instanceof EncodingError) throw cause;
    const failure = cause as { code?: string; message?: string; lines?: number };
    // Streaming, the text before the open quote is gone: the quote opened in the record after the last whole one.
    yield failure.code === 'CSV_QUOTE_NOT_CLOSED'
      ? { problem: error(lastLine + 1, 'csv', `unreadable CSV: a quote opened in the record starting on line ${lastLine + 1} is never closed (a cell's closing " is missing)`) }
      : { problem: error(failure.lines ?? lastLine, 'csv', `unreadable CSV: ${failure.message}`) };
    return;
  }
  if (!columns) yield { header: [], problems: [error(1, 'header', `the file is empty; expected a header line: ${set.columns.map((c) => c.name).join(',')}`)] };
}
