import { useCountryNames } from '../../lib/country-names';
import { CodeListField, type CodeListFieldProps } from '../code-list/CodeListField';

export type CountryListFieldProps = Omit<CodeListFieldProps, 'names' | 'addLabel'>;

/** A list of countries (e.g. of origin): each shown by name with a remove button, and a picker to add one. */
export function CountryListField(props: CountryListFieldProps) {
  return <CodeListField names={useCountryNames()} addLabel="Add a country…" {...props} />;
}
