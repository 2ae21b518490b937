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
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}
