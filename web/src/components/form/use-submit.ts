import { useState } from 'react';
import { describeFailure, type FormFailure } from './form-failure';

/**
 * The saving state and refusal of a form: `run(save)` clears the last failure, marks the form busy, and
 * turns a thrown API error into field messages, a form message or a conflict (see describeFailure).
 */
export function useSubmit(what: string) {
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [saving, setSaving] = useState(false);
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
  return { failure, saving, run, refuse, fail: setFailure, problems: failure?.problems ?? {} };
}
