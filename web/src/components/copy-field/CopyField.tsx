import { useId, useRef, useState } from 'react';

export interface CopyFieldProps {
  /** The text to copy: a link, a secret. */
  value: string;
  /** What it is, for assistive technology. */
  label: string;
  testId: string;
}

/** A read-only field with a Copy button (falls back to selecting the text where the clipboard is refused). */
export function CopyField({ value, label, testId }: CopyFieldProps) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<'no' | 'yes' | 'failed'>('no');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied('yes');
    } catch {
      input.current?.select();
      setCopied(document.execCommand('copy') ? 'yes' : 'failed');
    }
  };
  return (
    <div className="copy-field">
      <label className="visually-hidden" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        ref={input}
        readOnly
        value={value}
        onFocus={(event) => event.target.select()}
        spellCheck={false}
        data-testid={testId}
      />
      <button type="button" onClick={() => void copy()} data-testid={`${testId}-copy`}>
        {copied === 'yes' ? 'Copied' : 'Copy'}
      </button>
      {copied === 'failed' && <p className="muted small">Select the text and copy it with Ctrl+C (⌘C).</p>}
    </div>
  );
}
