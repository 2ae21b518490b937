// One Jest run, three projects: unit (no database), integration (real Neo4j), e2e (headless Chromium).
const transform = {
  '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tests/tsconfig.json', diagnostics: false }],
};
const common = {
  rootDir: '.',
  testEnvironment: 'node',
  transform,
  moduleFileExtensions: ['ts', 'js', 'json'],
  setupFiles: ['<rootDir>/tests/helpers/setup-reflect.ts'],
};

module.exports = {
  rootDir: '..',
  // A safety net so a lingering socket can never hold CI until its time limit; every suite closes
  // its servers and drivers in afterAll.
  forceExit: true,
  reporters: [['<rootDir>/tests/helpers/summary-reporter.js', {}], 'default'],
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/tests/unit/**/*.test.ts'] },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/tests/integration/**/*.int.test.ts'],
      globalSetup: '<rootDir>/tests/helpers/neo4j-global-setup.ts',
      globalTeardown: '<rootDir>/tests/helpers/neo4j-global-teardown.ts',
      setupFilesAfterEnv: ['<rootDir>/tests/helpers/long-timeout.ts'],
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/tests/e2e/**/*.e2e.test.ts'],
      globalSetup: '<rootDir>/tests/helpers/e2e-global-setup.ts',
      globalTeardown: '<rootDir>/tests/helpers/e2e-global-teardown.ts',
      setupFilesAfterEnv: ['<rootDir>/tests/helpers/long-timeout.ts'],
    },
  ],
};
