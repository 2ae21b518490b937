import { describeFailure } from '../../../web/src/components/form/form-failure';

/** An ApiError-like value, as graphql-client throws it. */
function apiError(code: string, errors: unknown[]): Error {
  return Object.assign(new Error('refused'), { code, errors });
}

describe('describeFailure', () => {
  it("puts a list item's problem beside its list, saying which item, and the first problem of a list wins", () => {
    const failure = describeFailure(
      apiError('BAD_USER_INPUT', [
        {
          message: 'invalid',
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: [
              { field: 'input.originCountries.1', reason: 'not an ISO 3166-1 alpha-2 code' },
              { field: 'input.originCountries.3', reason: 'not an ISO 3166-1 alpha-2 code' },
              { field: 'evidence.url', reason: 'must be an absolute http(s) URL' },
            ],
          },
        },
      ]),
      'actor',
    );
    expect(failure.problems).toEqual({
      originCountries: 'not an ISO 3166-1 alpha-2 code (item 2)',
      'evidence.url': 'must be an absolute http(s) URL',
    });
  });

  it('puts each BAD_USER_INPUT field problem beside its field, without the input. prefix', () => {
    const failure = describeFailure(
      apiError('BAD_USER_INPUT', [
        {
          message: 'input.country: not an ISO code',
          extensions: {
            code: 'BAD_USER_INPUT',
            field: 'input.country',
            fields: [
              { field: 'input.country', reason: 'not an ISO 3166-1 alpha-2 code' },
              { field: 'input.name', reason: 'must not be empty' },
            ],
          },
        },
      ]),
      'actor',
    );
    expect(failure).toEqual({
      problems: { country: 'not an ISO 3166-1 alpha-2 code', name: 'must not be empty' },
      message: null,
      conflict: false,
    });
  });

  it('uses extensions.field alone (e.g. NOT_FOUND for a relation end) with the error message', () => {
    const failure = describeFailure(
      apiError('NOT_FOUND', [
        { message: 'Actor x was not found', extensions: { code: 'NOT_FOUND', field: 'input.targetId' } },
      ]),
      'relation',
    );
    expect(failure.problems).toEqual({ targetId: 'Actor x was not found' });
    expect(failure.message).toBeNull();
  });

  it('turns CONFLICT into a conflict that says someone else changed the record', () => {
    const failure = describeFailure(
      apiError('CONFLICT', [{ message: 'version', extensions: { code: 'CONFLICT' } }]),
      'relation',
    );
    expect(failure.conflict).toBe(true);
    expect(failure.message).toMatch(/Someone else changed this relation/);
  });

  it('gives a form-level message when no field is to blame', () => {
    const failure = describeFailure(
      apiError('SERVICE_UNAVAILABLE', [{ message: 'db down', extensions: {} }]),
      'source',
    );
    expect(failure).toEqual({ problems: {}, message: 'The source was not saved: refused', conflict: false });
    expect(describeFailure(new TypeError('boom'), 'actor').message).toBe('The actor was not saved: boom');
  });
});
