import { cloneElement, isValidElement, useId, type ReactElement } from 'react';

export interface FieldRowProps {
  label: string;
  /** The API's reason for rejecting this field, shown under it. */
  problem?: string | undefined;
  children: ReactElement<Record<string, unknown>>;
}

/** A labelled form field with its validation message linked for assistive technology. */
export function FieldRow({ label, problem, children }: FieldRowProps) {
  const id = useId();
  const control = isValidElement(children)
    ? cloneElement(children, {
        id,
        'aria-invalid': problem ? true : undefined,
        'aria-describedby': problem ? `${id}-problem` : undefined,
      })
    : children;
  return (
    <div className={problem ? 'field field--invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {control}
      {problem && (
        <p className="field__problem" id={`${id}-problem`} role="alert" data-testid="field-problem">
          {problem}
        </p>
      )}
    </div>
  );
}
