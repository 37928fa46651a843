// One Jest run over every project (npm test); `nx test <project>` runs one project, cached.
module.exports = {
  projects: ['<rootDir>/libs/*/jest.config.cjs', '<rootDir>/tools/*/jest.config.cjs', '<rootDir>/schemas/jest.config.cjs', '<rootDir>/apps/*/jest.config.cjs'],
};
