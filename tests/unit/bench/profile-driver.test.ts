import { profiledText } from '../../bench/profile-driver';

describe('profiledText', () => {
  it('puts PROFILE first in a plain statement', () => {
    expect(profiledText('MATCH (a) RETURN a')).toBe('PROFILE MATCH (a) RETURN a');
  });

  it('puts PROFILE after the CYPHER version line the Neo4j GraphQL Library starts with', () => {
    expect(profiledText('CYPHER 5\nMATCH (a) RETURN a')).toBe('CYPHER 5\nPROFILE MATCH (a) RETURN a');
  });
});
