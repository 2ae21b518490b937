import { virtualWindow } from '../../../web/src/lib/virtual-window';

describe('virtualWindow', () => {
  it('renders the visible rows plus the overscan at the top of the list', () => {
    const window = virtualWindow({ count: 1000, rowHeight: 30, scrollTop: 0, viewportHeight: 300, overscan: 5 });
    expect(window).toEqual({ start: 0, end: 16, padTop: 0, padBottom: (1000 - 16) * 30 });
  });

  it('starts at the first visible row less the overscan when scrolled, keeping the full height', () => {
    const window = virtualWindow({ count: 1000, rowHeight: 30, scrollTop: 3000, viewportHeight: 300, overscan: 5 });
    expect(window.start).toBe(95);
    expect(window.end).toBe(100 + 11 + 5);
    expect(window.padTop + (window.end - window.start) * 30 + window.padBottom).toBe(1000 * 30);
  });

  it('stops at the end of the list when scrolled past it', () => {
    const window = virtualWindow({ count: 50, rowHeight: 20, scrollTop: 5000, viewportHeight: 400, overscan: 3 });
    expect(window.end).toBe(50);
    expect(window.start).toBe(50);
    expect(window.padBottom).toBe(0);
    expect(window.padTop).toBe(1000);
  });

  it('renders every row of a list shorter than the box', () => {
    expect(virtualWindow({ count: 4, rowHeight: 30, scrollTop: 0, viewportHeight: 600 })).toEqual({
      start: 0,
      end: 4,
      padTop: 0,
      padBottom: 0,
    });
  });

  it('renders nothing for an empty list or a zero row height', () => {
    expect(virtualWindow({ count: 0, rowHeight: 30, scrollTop: 0, viewportHeight: 600 }).end).toBe(0);
    expect(virtualWindow({ count: 10, rowHeight: 0, scrollTop: 0, viewportHeight: 600 }).end).toBe(0);
  });
});
