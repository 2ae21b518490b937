import { useEffect, useState } from 'react';

/** Copies with the clipboard API, else through a selected text area (older browsers, insecure origins). */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'visually-hidden';
    document.body.append(area);
    area.select();
    const copied = document.execCommand('copy');
    area.remove();
    return copied;
  }
}

const SAY_FOR_MS = 4000;

/**
 * Copies the link to this view (the URL holds the workspace, lens, filters, date, selection, open tab,
 * zoom and pan), and says so in a live region that screen readers announce.
 */
export function CopyLinkButton() {
  const [outcome, setOutcome] = useState<'copied' | 'failed' | null>(null);
  useEffect(() => {
    if (!outcome) return;
    const timer = setTimeout(() => setOutcome(null), SAY_FOR_MS);
    return () => clearTimeout(timer);
  }, [outcome]);
  return (
    <>
      <button
        type="button"
        onClick={async () => setOutcome((await copyText(window.location.href)) ? 'copied' : 'failed')}
        title="Copy a link that opens this view as you see it"
        data-testid="copy-link"
      >
        {outcome === 'copied' ? 'Link copied' : 'Copy link'}
      </button>
      <span
        className={outcome === 'failed' ? 'notice notice--error' : 'visually-hidden'}
        role="status"
        data-testid="copy-link-status"
      >
        {outcome === 'copied' && 'The link to this view is on the clipboard.'}
        {outcome === 'failed' && 'The link could not be copied: copy it from the address bar.'}
      </span>
    </>
  );
}
