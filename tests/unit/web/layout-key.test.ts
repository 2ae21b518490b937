import { layoutKey, LAYOUT_VERSION } from '../../../web/src/lib/layout-key';
import { ACTORS, actor, RELATIONS, tie } from './map-fixture';

describe('layoutKey', () => {
  const key = layoutKey('ws', ACTORS, RELATIONS);

  it('names the layout version, the workspace and the counts', () => {
    expect(key.startsWith(`v${LAYOUT_VERSION}:ws:6:6:`)).toBe(true);
  });

  it('does not depend on the order in which the pages arrived', () => {
    expect(layoutKey('ws', [...ACTORS].reverse(), [...RELATIONS].reverse())).toBe(key);
  });

  it('changes when anything the layout reads changes', () => {
    const moved = ACTORS.map((a) => (a.id === 'c' ? actor('c', 'REGIONAL', 'CIVIL_SOCIETY') : a));
    expect(layoutKey('ws', moved, RELATIONS)).not.toBe(key);
    const renamed = ACTORS.map((a) => (a.id === 'c' ? { ...a, name: 'Another name' } : a));
    expect(layoutKey('ws', renamed, RELATIONS)).not.toBe(key);
    const rewired = RELATIONS.map((r) => (r.id === 'r4' ? tie('r4', 'c', 'f') : r));
    expect(layoutKey('ws', ACTORS, rewired)).not.toBe(key);
    expect(layoutKey('other', ACTORS, RELATIONS)).not.toBe(key);
  });

  it('ignores what the layout does not read (themes, relation type)', () => {
    const themed = ACTORS.map((a) => ({ ...a, themes: ['health'] }));
    const retyped = RELATIONS.map((r) => ({ ...r, type: 'FUNDS' }));
    expect(layoutKey('ws', themed, retyped)).toBe(key);
  });
});
