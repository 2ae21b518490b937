/** Milliseconds for 10⁸ additions in a loop: about 100 on an idle modern core; more means a slower or busier CPU. */
export function calibrate(): number {
  const started = performance.now();
  let sum = 0;
  for (let i = 0; i < 1e8; i++) sum += i % 7;
  if (sum < 0) console.log(sum);
  return performance.now() - started;
}
