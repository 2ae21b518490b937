import { useCountryNames } from '../../lib/country-names';
import { CodeSelect, type CodeSelectProps } from '../code-list/CodeSelect';

export type CountrySelectProps = Omit<CodeSelectProps, 'names'>;

/** A country picked by its English name (the API's vocabulary), never a code typed by hand. */
export function CountrySelect(props: CountrySelectProps) {
  return <CodeSelect names={useCountryNames()} {...props} />;
}
