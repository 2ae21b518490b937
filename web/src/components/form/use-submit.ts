import { useEffect, useRef, useState } from 'react';
import { describeFailure, type FormFailure } from './form-failure';

/**
 * The saving state and refusal of a form: `run(save)` clears the last failure, marks the form busy, and
 * turns a thrown API error into field messages, a form message or a conflict (see describeFailure).
 * Give the form `formRef`: after a refusal, focus moves to the first field with a problem (or to the
 * form's message), so a keyboard or screen-reader user lands where the fix is needed.
 */
export function useSubmit(what: string) {
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (!failure) return;
    const form = formRef.current;
    const target =
      form?.querySelector<HTMLElement>('[aria-invalid="true"]') ??
      form?.querySelector<HTMLElement>('[data-testid="edit-failure"]');
    if (!target) return;
    if (!target.matches('input, select, textarea, button')) target.tabIndex = -1;
    target.focus();
  }, [failure]);
  const run = async (save: () => Promise<void>) => {
    setSaving(true);
    setFailure(null);
    try {
      await save();
    } catch (error) {
      setFailure(describeFailure(error, what));
    } finally {
      setSaving(false);
    }
  };
  /** Shows problems the client found itself, beside their fields, without calling the API. */
  const refuse = (problems: Record<string, string>) => setFailure({ problems, message: null, conflict: false });
  return { failure, saving, run, refuse, fail: setFailure, problems: failure?.problems ?? {}, formRef };
}
