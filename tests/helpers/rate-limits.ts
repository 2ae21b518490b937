/**
 * Configuration that lifts the API's rate limits, for tests and benchmarks that measure something
 * else from one loopback address. The rate-limit tests and the load run keep the real ones.
 */
export const NO_RATE_LIMITS: Readonly<Record<string, string>> = {
  RATE_LIMIT_ACCOUNT_PER_MIN: '10000000',
  RATE_LIMIT_TOKEN_PER_MIN: '10000000',
  RATE_LIMIT_IP_PER_MIN: '10000000',
  RATE_LIMIT_SIGNIN_PER_MIN: '10000000',
  RATE_LIMIT_BUSY_S_PER_MIN: '10000000',
};
