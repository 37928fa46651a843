module.exports = { ...require('../../jest.preset.cjs'), displayName: 'api-applications', rootDir: __dirname };
