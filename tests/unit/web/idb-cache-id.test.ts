import { cacheId, viewerClassOf } from '../../../web/src/lib/idb-store';

describe('the IndexedDB keys of a map copy', () => {
  it('reads the viewer class from the revision prefix', () => {
    expect(viewerClassOf('public:12')).toBe('public');
    expect(viewerClassOf('members:12')).toBe('members');
    expect(viewerClassOf('all:40')).toBe('all');
    // A revision without a class (an older API) counts as public: the widest audience, never more.
    expect(viewerClassOf('12')).toBe('public');
  });

  it('keeps one copy per workspace and class, so that no class reads another’s', () => {
    expect(cacheId('harbour', 'members')).toBe('members|harbour');
    expect(new Set([cacheId('harbour', 'public'), cacheId('harbour', 'all'), cacheId('pier', 'public')]).size).toBe(3);
  });
});
