import { createHash } from 'node:crypto';
import fs from 'node:fs';
import iconv from 'iconv-lite';

/**
 * Turns a file's bytes into text. UTF-8 (with or without BOM) is read as is. Bytes that are not
 * UTF-8 but decode cleanly as GB18030 (the superset of GBK/GB2312 that Chinese Excel and registry
 * exports write) AND read like Chinese text are converted, with a notice; anything else is refused
 * with the command that converts it.
 */

export type Encoding = 'utf8' | 'gb18030';

export interface Decoded {
  text: string;
  encoding: Encoding;
  /** Said to the user when the encoding was guessed rather than UTF-8. */
  notice?: string;
}

export class EncodingError extends Error {
  override name = 'EncodingError';
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function decode(bytes: Uint8Array, file: string, forced?: Encoding): Decoded {
  if (forced === 'gb18030') return { text: stripBom(iconv.decode(Buffer.from(bytes), 'gb18030')), encoding: 'gb18030' };
  try {
    return { text: stripBom(utf8.decode(bytes)), encoding: 'utf8' };
  } catch {
    if (forced === 'utf8') throw new EncodingError(`${file} is not valid UTF-8 (${firstInvalidUtf8(bytes)})`);
  }
  const text = iconv.decode(Buffer.from(bytes), 'gb18030');
  if (readsAsChinese(text)) return { text: stripBom(text), encoding: 'gb18030', notice: gbkNotice(file) };
  throw new EncodingError(
    `${file} is neither UTF-8 nor GBK/GB18030 text (${firstInvalidUtf8(bytes)}); save it as UTF-8, e.g. iconv -f <its encoding> -t UTF-8 ${file} > utf8.csv`,
  );
}

const gbkNotice = (file: string) => `${file} is not UTF-8; read it as GBK/GB18030 (pass --encoding utf8 to refuse, or convert it: iconv -f GB18030 -t UTF-8)`;

/** A file's encoding as `decode` would settle it, and the SHA-256 of its bytes. */
export interface FileEncoding {
  encoding: Encoding;
  digest: string;
  notice?: string;
}

/**
 * `decode`'s verdict on a file read as a stream (one read; a second only for a file that is not
 * UTF-8): undefined where `decode` would refuse it, so the caller reads it whole for the message.
 */
export async function fileEncoding(file: string, label: string, forced?: Encoding): Promise<FileEncoding | undefined> {
  if (forced === 'gb18030') return { encoding: 'gb18030', digest: await digestOf(file, () => undefined) };
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  try {
    return { encoding: 'utf8', digest: await digestOf(file, (chunk) => utf8.decode(chunk, { stream: true }), () => utf8.decode()) };
  } catch (cause) {
    if (!(cause instanceof TypeError)) throw cause;
  }
  if (forced === 'utf8') return undefined;
  const gbk = iconv.getDecoder('gb18030');
  const chinese = new ChineseTally();
  const digest = await digestOf(file, (chunk) => chinese.add(gbk.write(chunk)), () => chinese.add(gbk.end() ?? ''));
  return chinese.readsAsChinese ? { encoding: 'gb18030', digest, notice: gbkNotice(label) } : undefined;
}

/** SHA-256 of a file read as a stream, each chunk also handed to `read` (which may throw). */
async function digestOf(file: string, read: (chunk: Buffer) => unknown, end?: () => unknown): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of fs.createReadStream(file) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    read(chunk);
  }
  end?.();
  return hash.digest('hex');
}

const stripBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/**
 * The GBK heuristic: a clean GB18030 decoding has no replacement characters, no C1 controls, and its
 * non-ASCII characters are mostly CJK ideographs and CJK punctuation. Latin-1 or Shift-JIS bytes fail
 * it because GB18030 turns them into rare ideographs mixed with other scripts and U+FFFD.
 */
export function readsAsChinese(text: string): boolean {
  const tally = new ChineseTally();
  tally.add(text);
  return tally.readsAsChinese;
}

/** The counts behind `readsAsChinese`, added up piece by piece as a stream is decoded. */
class ChineseTally {
  private nonAscii = 0;
  private cjk = 0;
  private spoiled = false;

  add(text: string): void {
    if (this.spoiled) return;
    for (const char of text) {
      const code = char.codePointAt(0)!;
      if (code < 0x80) continue;
      if (code === 0xfffd || (code >= 0x80 && code < 0xa0)) {
        this.spoiled = true;
        return;
      }
      this.nonAscii++;
      if (/[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2014\u2018-\u201d\u2026\u00b7]/u.test(char)) this.cjk++;
    }
  }

  get readsAsChinese(): boolean {
    return !this.spoiled && this.nonAscii > 0 && this.cjk / this.nonAscii >= 0.9;
  }
}

function firstInvalidUtf8(bytes: Uint8Array): string {
  let line = 1;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0a) line++;
    const b = bytes[i]!;
    if (b < 0x80) continue;
    const length = b >= 0xf0 && b < 0xf8 ? 4 : b >= 0xe0 ? 3 : b >= 0xc2 && b < 0xe0 ? 2 : 0;
    const valid = length > 0 && bytes.slice(i + 1, i + length).every((c) => c >= 0x80 && c < 0xc0) && i + length <= bytes.length;
    if (!valid) return `first invalid byte 0x${b.toString(16)} on line ${line}`;
    i += length - 1;
  }
  return 'invalid UTF-8';
}
