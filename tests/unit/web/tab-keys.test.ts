import { tabKeyTarget } from '../../../web/src/components/tabs/tab-keys';

describe('tabKeyTarget', () => {
  it('moves to the next and previous tab with the arrows, wrapping at both ends', () => {
    expect(tabKeyTarget('ArrowRight', 0, 5)).toBe(1);
    expect(tabKeyTarget('ArrowRight', 4, 5)).toBe(0);
    expect(tabKeyTarget('ArrowLeft', 3, 5)).toBe(2);
    expect(tabKeyTarget('ArrowLeft', 0, 5)).toBe(4);
  });

  it('goes to the first tab with Home and the last with End', () => {
    expect(tabKeyTarget('Home', 3, 5)).toBe(0);
    expect(tabKeyTarget('End', 1, 5)).toBe(4);
  });

  it('leaves other keys, and the vertical arrows of a horizontal tab list, to the page', () => {
    for (const key of ['ArrowUp', 'ArrowDown', 'Enter', ' ', 'Tab', 'a', '1'])
      expect(tabKeyTarget(key, 2, 5)).toBeNull();
  });

  it('stays on the only tab, and answers nothing for an empty list', () => {
    expect(tabKeyTarget('ArrowRight', 0, 1)).toBe(0);
    expect(tabKeyTarget('ArrowLeft', 0, 1)).toBe(0);
    expect(tabKeyTarget('End', 0, 0)).toBeNull();
  });
});
