import { POPULATION_TERMS, SERVICE_TERMS, type Population, type Service } from '../domain/capacity';
import { languageName } from '../domain/language-names';
import type { CapacityMatch } from './capacity-match';
import { describeSystem } from './national-systems';
import { joinWords } from './words';

const population = (p: Population): string => POPULATION_TERMS[p].label.toLowerCase();
const service = (s: Service): string => SERVICE_TERMS[s].label.toLowerCase();

/**
 * A capacity fit as sentences a caseworker can read, the place always named: "both serve
 * unaccompanied children in Greece", "both offer legal aid in Greece", "both work in Wolof", and for
 * complementary services "Caritas offers housing and Praksis legal aid to refugees in Greece: they
 * could refer people to each other".
 */
export function describeCapacity(match: Readonly<CapacityMatch>, sourceName: string, targetName: string): string[] {
  const where = match.systemKind ? ` ${describeSystem({ kind: match.systemKind, countries: match.countries })}` : '';
  const reasons: string[] = [];
  if (match.sharedPopulations.length > 0) {
    reasons.push(`both serve ${joinWords(match.sharedPopulations.map(population))}${where}`);
  }
  if (match.sharedServices.length > 0) {
    reasons.push(`both offer ${joinWords(match.sharedServices.map(service))}${where}`);
  }
  if (match.complementary) {
    const { sourceOnly, targetOnly } = match.complementary;
    reasons.push(
      `${sourceName} offers ${joinWords(sourceOnly.map(service))} and ${targetName} ${joinWords(targetOnly.map(service))}` +
        ` to ${joinWords(match.sharedPopulations.map(population))}${where}: they could refer people to each other`,
    );
  }
  if (match.sharedLanguages.length > 0) {
    reasons.push(`both work in ${joinWords(match.sharedLanguages.map(languageName))}`);
  }
  return reasons;
}
