/** The parts of an API error (lib/graphql-client's ApiError) an account form reads. */
interface ErrorLike {
  code?: unknown;
  message?: unknown;
  errors?: readonly {
    message: string;
    extensions?: { field?: string; fields?: { field: string; reason: string }[] };
  }[];
  retryAfterSeconds?: unknown;
}

/** What a sign-in or sign-up form shows after the API refused it. */
export interface AuthFailure {
  /** Messages by field (email, password, name), shown beside the field. */
  problems: Record<string, string>;
  /** A message for the whole form. */
  message: string | null;
  /** RATE_LIMITED: when (ms since the epoch) the form may be sent again. */
  retryAt: number | null;
}

const fieldName = (path: string) => path.replace(/^input\./, '');
/** "must be an e-mail address" → "Must be an e-mail address." */
const sentence = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}${/[.!?]$/.test(text) ? '' : '.'}`;

/**
 * Maps a refused sign-in or sign-up to words: wrong credentials, a lock after repeated failures (with
 * its delay), field problems, a taken address, sign-up switched off, or the API out of reach.
 */
export function describeAuthFailure(error: unknown, now = Date.now()): AuthFailure {
  const failure = (error ?? {}) as ErrorLike;
  const code = failure.code;
  const none: AuthFailure = { problems: {}, message: null, retryAt: null };
  if (code === 'RATE_LIMITED') {
    const seconds = typeof failure.retryAfterSeconds === 'number' ? failure.retryAfterSeconds : 60;
    return { ...none, message: 'Too many failed sign-ins for this address.', retryAt: now + seconds * 1000 };
  }
  if (code === 'UNAUTHENTICATED') return { ...none, message: 'Wrong e-mail address or password.' };
  if (code === 'CONFLICT')
    return { ...none, problems: { email: 'An account with this e-mail address exists already: sign in instead.' } };
  if (code === 'NETWORK_ERROR')
    return { ...none, message: 'Tiermap could not be reached. Check your connection and try again.' };
  const problems: Record<string, string> = {};
  for (const { message, extensions } of failure.errors ?? []) {
    if (extensions?.fields?.length)
      for (const { field, reason } of extensions.fields) problems[fieldName(field)] = sentence(reason);
    else if (extensions?.field) problems[fieldName(extensions.field)] = sentence(message);
  }
  if (Object.keys(problems).length) return { ...none, problems };
  return { ...none, message: typeof failure.message === 'string' ? failure.message : String(error) };
}
