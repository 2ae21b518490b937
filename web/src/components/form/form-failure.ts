/** The parts of a GraphQL error this mapping reads (graphql-client's GraphQLErrorPayload). */
interface ErrorPayload {
  message: string;
  extensions?: { field?: string; fields?: { field: string; reason: string }[] };
}

/** What a form shows after the API refused a change. */
export interface FormFailure {
  /** Messages keyed by input field (`name`, `targetId`, …), shown beside that field. */
  problems: Record<string, string>;
  /** A message for the whole form, when no field is to blame. */
  message: string | null;
  /** True when someone else changed the record first (CONFLICT): the form offers to reload it. */
  conflict: boolean;
}

const fieldName = (path: string) => path.replace(/^input\./, '').replace(/\.\d+$/, '');
/** The reason, with the list item it is about (`input.aliases.2` is the third alias). */
const reasonAt = (path: string, reason: string) => {
  const item = /\.(\d+)$/.exec(path)?.[1];
  return item === undefined ? reason : `${reason} (item ${Number(item) + 1})`;
};

/**
 * Maps an API error (ApiError-like: `code` and GraphQL `errors` with `extensions.field(s)`) to field
 * messages, a form-level message, or a conflict; anything else becomes a form-level message.
 */
export function describeFailure(error: unknown, what: string): FormFailure {
  const code = (error as { code?: unknown } | null)?.code;
  const errors = ((error as { errors?: unknown } | null)?.errors ?? []) as readonly ErrorPayload[];
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'CONFLICT') {
    return {
      problems: {},
      message: `Someone else changed this ${what} while you were editing. Reload to see their version, then make your change again.`,
      conflict: true,
    };
  }
  const problems: Record<string, string> = {};
  for (const { message: text, extensions } of errors) {
    if (extensions?.fields?.length) {
      for (const { field, reason } of extensions.fields) problems[fieldName(field)] ??= reasonAt(field, reason);
    } else if (extensions?.field) {
      problems[fieldName(extensions.field)] ??= reasonAt(extensions.field, text);
    }
  }
  if (Object.keys(problems).length) return { problems, message: null, conflict: false };
  if (code === 'NETWORK_ERROR') return { problems, message: `Not saved: ${message}`, conflict: false };
  return { problems, message: `The ${what} was not saved: ${message}`, conflict: false };
}
