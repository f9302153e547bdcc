import type { Config } from 'jest';

const transform: Config['transform'] = {
  // tsconfig's isolatedModules makes ts-jest transpile only; type-checking is `npm run typecheck`.
  '^.+\\.ts$': 'ts-jest',
};
const moduleNameMapper = {
  '^@app/(platform|compliance|vendors|catalog)$': '<rootDir>/libs/$1/src',
  '^@app/(platform|compliance|vendors|catalog)/(.*)$': '<rootDir>/libs/$1/src/$2',
};

const config: Config = {
  testTimeout: 30_000,
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      rootDir: __dirname,
      testMatch: ['<rootDir>/libs/**/*.spec.ts', '<rootDir>/apps/**/*.spec.ts'],
      transform,
      setupFiles: ['reflect-metadata'],
      moduleNameMapper,
    },
    {
      displayName: 'e2e',
      testEnvironment: 'node',
      rootDir: __dirname,
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      transform,
      setupFiles: ['reflect-metadata'],
      moduleNameMapper,
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
  ],
};

export default config;
