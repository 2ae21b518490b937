import { emphasisRuns } from '../../lib/emphasis';

/** A verbatim quote with its source's markdown emphasis shown as emphasis. */
export function QuoteText({ text }: { text: string }) {
  return (
    <>
      {emphasisRuns(text).map((run, index) =>
        run.strong ? <strong key={index}>{run.text}</strong> : <span key={index}>{run.text}</span>,
      )}
    </>
  );
}
