/** How the bytes of a file were read. */
export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'windows-1252';

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes a text file the way spreadsheets write them: a UTF-8 byte-order mark is dropped, UTF-16
 * (Excel's "Unicode text") is read by its mark, and bytes that are not valid UTF-8 are taken as
 * Windows-1252 (what Excel on Windows saves as "CSV"), the superset of Latin-1 that has € and
 * curly quotes.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  try {
    return { text: STRICT_UTF8.decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

/**
 * The encoding decodeText would find, for a file read in pieces (a stream): one pass over the
 * bytes, keeping none of them (strict UTF-8 is checked as the pieces come).
 */
export async function detectEncoding(pieces: AsyncIterable<Uint8Array>): Promise<TextEncoding> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let head: number[] | null = [];
  let valid = true;
  for await (const piece of pieces) {
    if (head) {
      head.push(...piece.subarray(0, 3 - head.length));
      if (head.length >= 3) {
        if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8-bom';
        if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
        head = null;
      }
    }
    try {
      if (valid) decoder.decode(piece, { stream: true });
    } catch {
      valid = false;
    }
  }
  if (head && head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  try {
    if (valid) decoder.decode();
  } catch {
    valid = false;
  }
  return valid ? 'utf-8' : 'windows-1252';
}

/** Decodes the pieces of a file of a known encoding one after another (a character may span two pieces). */
export function pieceDecoder(encoding: TextEncoding): (piece: Uint8Array) => string {
  if (encoding === 'windows-1252') return decodeWindows1252;
  // Both drop the byte-order mark at the start, as decodeText does.
  const decoder = new TextDecoder(encoding === 'utf-16le' ? 'utf-16le' : 'utf-8');
  return (piece) => decoder.decode(piece, { stream: true });
}

/** Windows-1252's characters for 0x80–0x9F (where it differs from Latin-1); undefined bytes stay as they are. */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/**
 * Windows-1252 decoded by hand: Node's TextDecoder takes the label "windows-1252" as Latin-1, which
 * turns € and curly quotes (0x80–0x9F) into control characters.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let start = 0; start < bytes.length; start += 8192) {
    const chunk = bytes.subarray(start, start + 8192);
    text += String.fromCharCode(
      ...Array.from(chunk, (byte) => (byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH.charCodeAt(byte - 0x80) : byte)),
    );
  }
  return text;
}
