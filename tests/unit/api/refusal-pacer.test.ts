import { RefusalPacer } from '../../../api/src/guards/refusal-pacer';

describe('RefusalPacer', () => {
  afterEach(() => {
    jest.clearAllTimers();
    jest.useRealTimers();
  });

  it('answers the first refusal of a stretch at once and holds the next ones until Retry-After, at most maxDelayMs', () => {
    const pacer = new RefusalPacer(1000);
    expect(pacer.delayFor('account:a', 5000, 10_000)).toBe(0);
    // Asked again 100 ms later, told to wait 5 s: held the cap.
    expect(pacer.delayFor('account:a', 4900, 10_100)).toBe(1000);
    // Near the end of its wait: held only what is left of it.
    expect(pacer.delayFor('account:a', 300, 14_800)).toBe(200);
  });

  it('does not hold a requester that waited as told, nor one requester for another', () => {
    const pacer = new RefusalPacer(1000);
    expect(pacer.delayFor('token:t', 2000, 0)).toBe(0);
    expect(pacer.delayFor('ip:1.2.3.4', 2000, 500)).toBe(0);
    // token:t came back after its Retry-After had passed.
    expect(pacer.delayFor('token:t', 2000, 2500)).toBe(0);
  });

  it('writes a held answer only when its delay is over, and never for a client that went away', () => {
    jest.useFakeTimers();
    const pacer = new RefusalPacer(1000);
    const answered: string[] = [];
    pacer.hold(
      0,
      () => answered.push('now'),
      () => undefined,
    );
    expect(answered).toEqual(['now']);

    pacer.hold(
      800,
      () => answered.push('held'),
      () => undefined,
    );
    let close!: () => void;
    pacer.hold(
      800,
      () => answered.push('gone'),
      (callback) => (close = callback),
    );
    expect(pacer.holding).toBe(2);
    jest.advanceTimersByTime(799);
    expect(answered).toEqual(['now']);
    close();
    expect(pacer.holding).toBe(1);
    jest.advanceTimersByTime(1);
    expect(answered).toEqual(['now', 'held']);
    expect(pacer.holding).toBe(0);
  });

  it('answers at once when it already holds its maximum', () => {
    const pacer = new RefusalPacer(1000, 1);
    jest.useFakeTimers();
    pacer.delayFor('a', 5000, 0);
    pacer.hold(
      pacer.delayFor('a', 5000, 10),
      () => undefined,
      () => undefined,
    );
    expect(pacer.holding).toBe(1);
    pacer.delayFor('b', 5000, 20);
    expect(pacer.delayFor('b', 5000, 30)).toBe(0);
  });
});
