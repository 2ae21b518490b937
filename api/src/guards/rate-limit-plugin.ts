import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Kind } from 'graphql';
import { analyticsCostOf } from '../analytics/analytics-budget';
import type { ApiContext } from '../context';
import { rateSubject, type RateLimiter } from './rate-limiter';

/** Mutations that try a password or a credential: counted per address on their own rule. */
const SIGN_IN_FIELDS = new Set(['signIn', 'signUp', 'refreshSession', 'changePassword', 'acceptInvitation']);

/** Reference milliseconds of analytics (see analytics-budget.ts) that count as one more request. */
export const ANALYTICS_MS_PER_UNIT = 250;

/**
 * What a request costs beyond the 1 unit taken when it arrived (see server.ts): its analyses by
 * their estimated computation, so a client cannot spend the analytics threads at the rate of cheap
 * reads; and, for sign-in mutations, one attempt from its address.
 */
export function rateLimitPlugin(limiter: RateLimiter): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart(): Promise<GraphQLRequestListener<ApiContext>> {
      return {
        async didResolveOperation({ operation, contextValue }) {
          const { viewer, http } = contextValue;
          const clientIp = http.clientIp ?? 'unknown';
          const extra = Math.floor(analyticsCostOf(contextValue) / ANALYTICS_MS_PER_UNIT);
          const subject = rateSubject(viewer, clientIp);
          if (subject && extra > 0) await limiter.take(subject.rule, subject.subject, extra);
          if (
            operation?.operation === 'mutation' &&
            operation.selectionSet.selections.some(
              (selection) => selection.kind === Kind.FIELD && SIGN_IN_FIELDS.has(selection.name.value),
            )
          ) {
            await limiter.take('signIn', clientIp);
          }
        },
      };
    },
  };
}
