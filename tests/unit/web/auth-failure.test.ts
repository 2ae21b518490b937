import { describeAuthFailure } from '../../../web/src/features/account/auth-failure';

/** An error shaped as lib/graphql-client's ApiError (which reads import.meta.env, out of Jest's reach). */
class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly errors: { message: string; extensions?: Record<string, unknown> }[] = [],
  ) {
    super(message);
  }

  get retryAfterSeconds(): unknown {
    return this.errors[0]?.extensions?.retryAfterSeconds;
  }
}

const error = (code: string, message: string, extensions: Record<string, unknown> = {}) =>
  new ApiError(message, code, [{ message, extensions: { code, ...extensions } }]);

describe('describeAuthFailure', () => {
  it('says the e-mail address or password is wrong, without saying which', () => {
    const failure = describeAuthFailure(
      error('UNAUTHENTICATED', 'Wrong e-mail address or password', { reason: 'WRONG_CREDENTIALS' }),
    );
    expect(failure).toEqual({ problems: {}, message: 'Wrong e-mail address or password.', retryAt: null });
  });

  it('turns RATE_LIMITED into a message and the moment the form may be sent again', () => {
    const failure = describeAuthFailure(
      error('RATE_LIMITED', 'Too many failed sign-ins; try again in 8 s', { retryAfterSeconds: 8 }),
      1_000_000,
    );
    expect(failure.message).toBe('Too many failed sign-ins for this address.');
    expect(failure.retryAt).toBe(1_008_000);
  });

  it('puts field problems beside their fields, as sentences, without the input. prefix', () => {
    const failure = describeAuthFailure(
      new ApiError('input.password: must be at least 10 characters', 'BAD_USER_INPUT', [
        {
          message: 'input.password: must be at least 10 characters',
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: [
              { field: 'input.password', reason: 'must be at least 10 characters' },
              { field: 'input.email', reason: 'must be an e-mail address' },
            ],
          },
        },
      ]),
    );
    expect(failure.problems).toEqual({
      password: 'Must be at least 10 characters.',
      email: 'Must be an e-mail address.',
    });
    expect(failure.message).toBeNull();
  });

  it('sends a taken address to sign-in, and says when the API cannot be reached', () => {
    expect(describeAuthFailure(error('CONFLICT', 'exists', { field: 'input.email' })).problems.email).toMatch(
      /exists already: sign in instead/,
    );
    expect(describeAuthFailure(new ApiError('Failed to fetch', 'NETWORK_ERROR')).message).toMatch(
      /could not be reached/,
    );
  });

  it('passes other refusals on in the API’s words (e.g. sign-up switched off)', () => {
    const message = 'Sign-up is switched off here; ask a workspace owner for an invitation';
    expect(describeAuthFailure(error('FORBIDDEN', message)).message).toBe(message);
  });
});
