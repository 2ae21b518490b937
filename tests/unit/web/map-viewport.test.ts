import { shiftInto } from '../../../web/src/components/graph-canvas/map-viewport';

describe('shiftInto', () => {
  it('is 0 for a span already inside the room', () => {
    expect(shiftInto(20, 80, 10, 100)).toBe(0);
  });

  it('moves a span the least needed to bring it in, from either side', () => {
    expect(shiftInto(-30, 20, 10, 100)).toBe(40);
    expect(shiftInto(70, 130, 10, 100)).toBe(-30);
  });

  it('is null for a span longer than the room (the caller zooms out instead)', () => {
    expect(shiftInto(0, 200, 10, 100)).toBeNull();
  });
});
