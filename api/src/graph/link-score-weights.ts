/**
 * Weights of the link score; they sum to 1, so scores lie in [0, 1]. Common partners weigh most
 * because a shared partner is both evidence of fit and a ready introducer; shared themes next because
 * they say the two would have something to do together; geography and tier complementarity (closing a
 * vertical gap, the product's core concern) follow; corridor and community bridging are bonuses.
 */
export const LINK_SCORE_WEIGHTS = {
  adamicAdar: 0.3,
  themes: 0.2,
  geography: 0.15,
  corridor: 0.1,
  tierComplementarity: 0.15,
  bridging: 0.1,
} as const;

/**
 * The weighted sum of the link score's components. Adamic–Adar is unbounded, so it enters as
 * AA/(1 + AA): one common partner of degree 2 gives 0.59, three of degree 5 give 0.65.
 */
export function combineLinkScore(
  adamicAdar: number,
  themeJaccard: number,
  sameCountry: boolean,
  corridor: boolean,
  fillsGap: boolean,
  bridgesCommunities: boolean,
): number {
  const w = LINK_SCORE_WEIGHTS;
  return (
    w.adamicAdar * (adamicAdar / (1 + adamicAdar)) +
    w.themes * themeJaccard +
    w.geography * (sameCountry ? 1 : 0) +
    w.corridor * (corridor ? 1 : 0) +
    w.tierComplementarity * (fillsGap ? 1 : 0) +
    w.bridging * (bridgesCommunities ? 1 : 0)
  );
}
