/**
 * BENCHMARKS.md is written by several benchmarks: `npm run bench` rewrites the whole file and keeps
 * the sections other benchmarks own, each between `<!-- bench:<name>:begin -->` and `…:end -->`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const BENCHMARKS_FILE = path.resolve(__dirname, '..', '..', 'BENCHMARKS.md');

/** The markers around the section named `name` (e.g. "web", "api"). */
export function sectionMarkers(name: string): { begin: string; end: string } {
  return { begin: `<!-- bench:${name}:begin -->`, end: `<!-- bench:${name}:end -->` };
}

function readFile(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

/** The section named `name` as it stands in the file, markers included; '' when absent. */
export function readSection(name: string, file = BENCHMARKS_FILE): string {
  const { begin, end } = sectionMarkers(name);
  const text = readFile(file);
  const from = text.indexOf(begin);
  const to = text.indexOf(end);
  return from >= 0 && to > from ? text.slice(from, to + end.length) : '';
}

/** Replaces the section named `name` (which must start and end with its markers), or appends it. */
export function writeSection(name: string, section: string, file = BENCHMARKS_FILE): void {
  const { begin, end } = sectionMarkers(name);
  const text = readFile(file) || '# Benchmarks\n';
  const from = text.indexOf(begin);
  const to = text.indexOf(end);
  const next =
    from >= 0 && to > from
      ? `${text.slice(0, from)}${section}${text.slice(to + end.length)}`
      : `${text.trimEnd()}\n\n${section}\n`;
  writeFileSync(file, next);
}
