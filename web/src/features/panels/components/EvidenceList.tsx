import { QuoteText } from '../../../components/quote/QuoteText';
import { VisibilityBadge } from '../../../components/visibility-badge/VisibilityBadge';
import type { SourceAnswer } from '../api/get-actor';

/** A titled document's file name, kept out of the text (it is a hash) but shown on hover. */
const fileNote = (source: SourceAnswer) => (source.title && source.document ? `File: ${source.document}` : undefined);

/** Verbatim quotes with the title of the document (and page) they come from. */
export function EvidenceList({
  sources,
  subject = 'actor',
}: {
  sources: readonly SourceAnswer[];
  subject?: 'actor' | 'relation';
}) {
  if (sources.length === 0) return <p className="muted">No evidence recorded for this {subject}.</p>;
  return (
    <ul className="evidence" data-testid="evidence-list">
      {sources.map((source) => (
        <li key={source.id} className="evidence__item">
          {source.quote && (
            <blockquote data-testid="evidence-quote">
              “<QuoteText text={source.quote} />”
            </blockquote>
          )}
          <p className="evidence__source" data-testid="evidence-source">
            {source.url ? (
              <a href={source.url} target="_blank" rel="noreferrer" title={fileNote(source)}>
                {source.title ?? source.document ?? source.url}
              </a>
            ) : (
              <cite title={fileNote(source)}>{source.title ?? source.document}</cite>
            )}
            {source.page && <span className="muted"> · p. {source.page}</span>}{' '}
            <VisibilityBadge visibility={source.visibility} />
          </p>
        </li>
      ))}
    </ul>
  );
}
