// Browser suites start servers and a browser: give each test minutes, not Jest's 5 s. Set here
// because `testTimeout` in a project config is ignored when the root config runs all projects.
jest.setTimeout(240_000);
