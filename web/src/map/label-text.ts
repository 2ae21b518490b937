/**
 * A name broken into short lines for the map: greedy word wrap at `maxChars` characters, at most
 * `maxLines` lines (the last one shortened with an ellipsis). Lines after the name (a badge under it)
 * are kept as they are. Zoom does not change it: names are drawn at a fixed size on screen.
 */
export function wrapLabel(text: string, maxChars = 18, maxLines = 3): string {
  const [name = '', ...rest] = text.split('\n');
  const lines: string[] = [];
  let line = '';
  for (const word of name.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  if (lines.length > maxLines) {
    lines.length = maxLines;
    lines[maxLines - 1] = `${lines[maxLines - 1]!.slice(0, maxChars - 1).trimEnd()}…`;
  }
  return [...lines, ...rest].join('\n');
}

/** Names longer than this stay on short lines: on one line they would cover a row of dots. */
const ONE_LINE_MAX = 30;

/** The shortest form a name may take where nothing longer fits: its start, with an ellipsis. */
const SHORT_MAX = 12;

/**
 * The forms a name may take on the map, tried in order: broken into short lines (`wrapped`, see
 * wrapLabel), else on one line (`whole`, when not too long), else, in a crowd where neither fits,
 * the actor's short name (`short`: an acronym such as USAID, from its aliases), else its first
 * SHORT_MAX characters with an ellipsis when that is shorter still; the hover card and zooming in
 * give the whole name.
 */
export function labelForms(wrapped: string, whole: string, short: string | null): string[] {
  if (!wrapped) return [];
  const oneLine = whole !== wrapped && whole.split('\n')[0]!.length <= ONE_LINE_MAX;
  const flat = whole.replace(/\n/g, ' ');
  const cut = flat.length > SHORT_MAX + 1 ? `${flat.slice(0, SHORT_MAX).trimEnd()}…` : null;
  const ellipsis = cut && (!short || cut.length < short.split('\n')[0]!.length) ? cut : null;
  const crowded = [short, ellipsis].filter((form): form is string => form !== null && form !== wrapped);
  return [wrapped, ...(oneLine ? [whole] : []), ...crowded];
}
